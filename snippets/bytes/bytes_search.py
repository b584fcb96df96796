# Searching inside bytes: find, index, count, in, startswith, endswith.

text = b"the cat sat on the mat"

print(text.find(b"at"), text.rfind(b"at"))
print(text.find(b"dog"), text.rfind(b"dog"))
print(text.find(b"at", 6), text.find(b"at", 6, 10))
print(text.find(b"at", -5))

# A single byte can be searched for by its int value.
print(text.find(ord("s")), text.count(ord("t")), text.rfind(116))

print(text.index(b"sat"), text.rindex(b"the"))
print(text.count(b"at"), text.count(b"at", 10), text.count(b""))
print(b"aaaa".count(b"aa"))

# Membership works with bytes-like objects and ints.
print(b"cat" in text, bytearray(b"mat") in text, b"dog" in text)
print(99 in text, 122 in text, b"" in text)

print(text.startswith(b"the"), text.endswith(b"mat"))
print(text.startswith((b"a", b"the")), text.endswith((b"cat", b"dog")))
print(text.startswith(b"cat", 4), text.endswith(b"cat", 0, 7))

# The same methods on a bytearray.
buf = bytearray(b"abcabc")
print(buf.find(b"c"), buf.rindex(b"a"), buf.count(b"bc"), b"ca" in buf)

# Failures.
checks = [
    lambda: text.index(b"dog"),
    lambda: text.rindex(b"dog"),
    lambda: text.find("cat"),
    lambda: text.count(256),
    lambda: "cat" in text,
    lambda: 300 in text,
    lambda: text.startswith("the"),
    lambda: text.endswith(["mat"]),
    lambda: text.startswith(("the", b"x")),
    lambda: text.find(b"a", "0"),
    lambda: text.find(),
]
for check in checks:
    try:
        print(check())
    except Exception as e:
        print(type(e).__name__ + ":", e)
