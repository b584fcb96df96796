# Converting between bytes and hexadecimal text.

digest = bytes([0xDE, 0xAD, 0xBE, 0xEF, 0x01])
print(digest.hex())
print(digest.hex(":"))
print(digest.hex("-", 2))
print(digest.hex(" ", -2))
print(digest.hex(sep="_", bytes_per_sep=3))
print(digest.hex(b"."))
print(b"".hex(), bytearray(b"\x00\x0f").hex())

# fromhex ignores whitespace between pairs.
print(bytes.fromhex("deadbeef"))
print(bytes.fromhex("de ad be ef"))
print(bytes.fromhex("  48 65 6C 6C 6F  "))
print(bytearray.fromhex("00ff"))

# A round trip.
message = "snippy ✓".encode()
as_hex = message.hex(" ")
print(as_hex)
print(bytes.fromhex(as_hex).decode())

# A hex dump, 8 bytes a line.
blob = bytes(range(60, 80))
for offset in range(0, len(blob), 8):
    chunk = blob[offset:offset + 8]
    print(f"{offset:04x}  {chunk.hex(' '):<23}  {chunk.decode('ascii')}")

for call in [
    lambda: bytes.fromhex("abc"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("12 3"),
    lambda: bytes.fromhex("0x12"),
    lambda: bytes.fromhex(b"12"),
    lambda: digest.hex("::"),
    lambda: digest.hex("é"),
    lambda: digest.hex(5),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
