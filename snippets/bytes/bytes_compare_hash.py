# Comparing, sorting and hashing bytes.

print(b"abc" == b"abc", b"abc" != b"abd")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" < b"\x00")
print(b"Z" < b"a", b"\xff" > b"\x7f")

# bytes never equal str, even with the same letters.
print(b"abc" == "abc", b"abc" != "abc")

# Sorting is byte by byte.
names = [b"banana", b"Apple", b"cherry", b"apple", b"B"]
print(sorted(names))
print(sorted(names, key=len))
print(sorted(names, key=lambda name: name.lower()))
# The unbound method works as a key function too.
print(sorted(names, key=bytes.lower))
print(min(names), max(names))

# Equal bytes have equal hashes, so they work as dict keys and set items.
cache = {b"key": 1}
cache[bytes([107, 101, 121])] += 1
print(cache)
print(hash(b"abc") == hash(bytes([97, 98, 99])), hash(b"") == hash(bytes()))
print(len({b"a", b"a", bytes(b"a"), b"b"}))
print(b"abc" in {b"abc": 0}, b"xyz" in {b"abc"})

# Ordering against other types is an error.
for a, b in [(b"a", "a"), (b"a", 1), (bytearray(b"a"), "a"), (b"a", [97])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)

try:
    hash(bytearray(b"mutable"))
except TypeError as e:
    print("TypeError:", e)

# Truth: empty is false.
print(bool(b""), bool(b"\x00"), bool(bytearray()), bool(bytearray(1)))
