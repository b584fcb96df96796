# Case conversion and the is* tests on bytes work on ASCII letters only.

sample = b"Hello, World! caf\xc3\xa9"
print(sample.upper())
print(sample.lower())
print(sample.swapcase())
print(b"hELLO wORLD".capitalize())
print(b"the quick-brown fox's 2nd jump".title())

samples = [b"", b"abc", b"ABC", b"Abc", b"Title Case", b"abc123", b"123",
           b" \t\n", b"\xe9", b"mIxEd", b"A1 B2"]
tests = ["isalpha", "isalnum", "isdigit", "isspace", "islower", "isupper",
         "istitle", "isascii"]
for name in tests:
    results = [getattr(s, name)() for s in samples]
    print(f"{name:8}", "".join("T" if r else "." for r in results))

# A simple tokenizer built on the predicates.
def classify(token):
    if token.isdigit():
        return "number"
    if token.isalpha():
        return "word"
    if token.isalnum():
        return "identifier"
    return "symbol"

for token in b"total = price2 * 3 + tax".split():
    print(token, classify(token))

# bytearray has the same methods, giving bytearrays back.
print(bytearray(b"MiXeD").lower(), bytearray(b"abc").isalpha())

# Methods can be called through the class, e.g. with map().
print(list(map(bytes.upper, [b"one", b"two"])), bytes.isdigit(b"42"))

# These methods take no arguments.
try:
    b"abc".upper(1)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"abc").isdigit(strict=True)
except TypeError as e:
    print("TypeError:", e)
