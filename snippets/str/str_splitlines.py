# splitlines understands every Unicode line boundary
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(len(text.splitlines()))

# keepends keeps the line terminators
print("a\nb\r\nc\rd".splitlines(keepends=True))
print("a\nb\r\n".splitlines(True))

# unlike split("\n"), no empty string for a trailing newline
s = "first\nsecond\n"
print(s.splitlines(), s.split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines())

# \r\n counts as one boundary, \n\r as two
print("x\r\ny".splitlines(), "x\n\ry".splitlines())

# reading "lines" of a multi-line literal
poem = """Roses are red,
  Violets are blue,

Sugar is sweet."""
for number, line in enumerate(poem.splitlines(), 1):
    print(f"{number:2}: {line.strip() or '<blank>'}")

try:
    "a\nb".splitlines(keepends="yes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a\nb".splitlines(True, False)
except TypeError as e:
    print(type(e).__name__, e)
