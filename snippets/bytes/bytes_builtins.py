# Built-in functions meeting bytes: ord, chr, str, reversed, zip, sum, hash.

word = b"bytes"
print([chr(b) for b in word])
print(bytes(ord(c) for c in "chars"))
print(ord(b"A"), ord(bytearray(b"z")))

# str() with an encoding decodes; without one it gives the repr.
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xc3\xa9"))
print(str(b"\xff", "utf-8", "replace"), str(bytearray(b"ok"), encoding="ascii"))

print(bytes(reversed(word)), list(reversed(bytearray(b"abc"))))
print(list(zip(b"ab", b"xy")))
print(dict(zip(b"abc", range(3))))
print(any(b"\x00\x00"), all(b"\x01\x02"), sum(b"\x10\x20"))
print(b"".join(sorted([b"pear", b"fig", b"apple"], key=len)))

# bytes and str with the same ASCII text hash alike, yet differ as keys.
print(hash(b"key") == hash("key"))
table = {b"key": "bytes", "key": "str"}
print(len(table), table[b"key"], table["key"])

for call in [
    lambda: ord(b"ab"),
    lambda: ord(b""),
    lambda: str("text", "utf-8"),
    lambda: str(42, "utf-8"),
    lambda: sum([b"a", b"b"], b""),
    lambda: str(b"\xff", "ascii"),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
