# bytes literals, repr, indexing, slicing, iteration, operators, constructors
b = b"hello\x00\xff'\"\t\n\\"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1][:3], list(b"abc"), b"abc"[5:])
print(b"it's", b'say "hi"', b"both '\"", bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b"xy"), bytes(), bytes("é", "utf-8"))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" in b"cab", 97 in b"abc", b"" in b"x", b"ab" == b"ab", b"a" == "a", b"a" < b"b", b"ab" >= b"a")
print(bool(b""), bool(b"\x00"), type(b"x"), type(b"x").__name__, hash(b"ab") == hash(b"ab"), {b"k": 1}[b"k"])
print(bytes.fromhex("41 42ff"), b"\x01\xab".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcde".hex("-", -2))
for x in b"hi":
    print(x, end=" ")
print()
print(bytearray(b"abc"), bytearray(3), bytearray([1, 2]), bytearray(), bytearray("hé", "utf-8"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
print(b"abc" == bytearray(b"abc"), bytearray(b"ab")[1], bytearray(b"abcd")[1:3], bytearray.fromhex("ff00"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"), list(reversed(b"ab")) if False else None)
