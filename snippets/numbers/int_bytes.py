# int.to_bytes and int.from_bytes convert between ints and raw bytes.
n = 1024
print(n.to_bytes(2), n.to_bytes(2, "little"), n.to_bytes(4, byteorder="big"))
print(int.from_bytes(b"\x04\x00"), int.from_bytes(b"\x04\x00", "little"))

# Signed conversions use two's complement.
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))

# Round trip of a big number.
big = 2**100 + 12345
data = big.to_bytes(13, "big")
print(len(data), int.from_bytes(data, "big") == big)

# from_bytes accepts any iterable of small ints.
print(int.from_bytes([1, 0, 0], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"))

# The errors.
tests = [
    lambda: (65536).to_bytes(2, "big"),
    lambda: (-1).to_bytes(2, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes("ab", "big"),
    lambda: int.from_bytes([256], "big"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
