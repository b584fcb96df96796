# Splitting bytes apart and joining them back together.

line = b"  alpha beta\tgamma\n delta  "
print(line.split())
print(line.split(None, 2))
print(line.rsplit(maxsplit=1))

csv = b"name,age,,city"
print(csv.split(b","))
print(csv.split(b",", 1))
print(csv.rsplit(b",", 1))
print(csv.split(sep=b",", maxsplit=2))
print(b"a::b::c".split(b"::"))

# splitlines knows \n, \r\n and \r.
doc = b"first\nsecond\r\nthird\rfourth\n"
print(doc.splitlines())
print(doc.splitlines(keepends=True))
print(b"".splitlines(), b"no newline".splitlines())

# partition splits once and always gives three parts.
print(b"key=value=more".partition(b"="))
print(b"key=value=more".rpartition(b"="))
print(b"novalue".partition(b"="))
print(b"novalue".rpartition(b"="))

# join takes any iterable of bytes-like objects.
words = [b"one", bytearray(b"two"), b"three"]
print(b", ".join(words))
print(b"".join([b"a", b"b", b"c"]))
print(bytearray(b"-").join([b"x", b"y"]))
print(b"/".join(part for part in [b"usr", b"local", b"bin"]))

# A bytearray splits into bytearrays.
print(bytearray(b"a b c").split())

# Errors.
for call in [
    lambda: csv.split(b""),
    lambda: csv.split(","),
    lambda: b"x".partition(b""),
    lambda: b", ".join([b"a", "b"]),
    lambda: b", ".join([b"a", 1]),
    lambda: b", ".join(42),
    lambda: csv.split(b",", 1.5),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
