print((255).bit_length(), (1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"), (5).real, (5).imag, True.numerator)
print((0.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (1.5).hex(), float.fromhex("0x1.8p+0"), (-1).to_bytes(2, "little", signed=True))
print((7).bit_count(), (3).as_integer_ratio(), 3.5.real, (2**70).bit_length())
for bad in [lambda: (-1).to_bytes(2, "big"), lambda: (300).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: float.fromhex("zz")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
