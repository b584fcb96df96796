# Run-length compression: each run of a repeated byte becomes (count, byte).

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes([run, data[i]])
        i += run
    return bytes(out)

def rle_decode(data):
    if len(data) % 2:
        raise ValueError("truncated RLE data")
    out = bytearray()
    for i in range(0, len(data), 2):
        out += data[i + 1:i + 2] * data[i]
    return bytes(out)

samples = [b"", b"a", b"aaabccdddd", b"\x00" * 10 + b"\xff" * 3, b"x" * 300]
for s in samples:
    packed = rle_encode(s)
    assert rle_decode(packed) == s
    print(len(s), "->", len(packed), packed[:12])

# Counting byte frequencies with a bytearray of counters would overflow at
# 256, so use a list.
counts = [0] * 256
for byte in b"mississippi":
    counts[byte] += 1
print({chr(b): n for b, n in enumerate(counts) if n})

try:
    rle_decode(b"\x03a\x02")
except ValueError as e:
    print("ValueError:", e)
