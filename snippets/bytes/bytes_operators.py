# Operators on bytes: concatenation, repetition, membership, length.

head, body = b"GET ", b"/index.html"
request = head + body + b" HTTP/1.1"
print(request, len(request))

# Mixing bytes and bytearray: the left operand decides the type.
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)

# Repetition with an int on either side.
print(b"ab" * 3, 3 * b"ab", b"x" * 0, b"x" * -2)
print(bytearray(b"-=") * 4)
print(b"=" * 20)

# Separator lines and fixed-width fields.
fields = [b"id", b"name", b"score"]
print(b"|".join(f.ljust(6) for f in fields))
print(b"+".join(b"-" * 6 for _ in fields))

# Membership: a sub-sequence or a single byte value.
print(b"HTTP" in request, ord("G") in request, 0 in request)

# Concatenating other types is an error.
for call in [
    lambda: b"a" + "b",
    lambda: "a" + b"b",
    lambda: b"a" + 1,
    lambda: bytearray(b"a") + [98],
    lambda: b"a" * 1.5,
    lambda: b"a" * b"b",
    lambda: b"a" - b"a",
    lambda: -b"a",
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# In-place forms: bytes makes a new object, bytearray grows itself.
immutable = b"ab"
same = immutable
immutable += b"cd"
print(immutable, same, immutable is same)
mutable = bytearray(b"ab")
same = mutable
mutable += b"cd"
mutable *= 2
print(mutable, same, mutable is same)
try:
    mutable += "ef"
except TypeError as e:
    print("TypeError:", e)
