# Checksums and a XOR cipher over bytes, one byte (an int) at a time.

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

def luhn_valid(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = d - ord("0")
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0

for text in [b"", b"a", b"abc", b"Wikipedia", b"The quick brown fox"]:
    print(f"{text!r:24} adler32={adler32(text):08x} fletcher16={fletcher16(text):04x}")

print(luhn_valid(b"79927398713"), luhn_valid(b"79927398710"))

def xor_cipher(data, key):
    out = bytearray(len(data))
    for i, byte in enumerate(data):
        out[i] = byte ^ key[i % len(key)]
    return bytes(out)

secret = xor_cipher(b"attack at dawn", b"key")
print(secret, secret.hex())
print(xor_cipher(secret, b"key"))

# Parity bits and bit counts.
for byte in b"\x00\x01\x07\xff":
    ones = bin(byte).count("1")
    print(f"{byte:3} {byte:08b} ones={ones} parity={ones % 2}")
