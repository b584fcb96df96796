# is_integer: does the float hold a whole number?
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())

# as_integer_ratio: the exact fraction a float stores.
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d == 2**55)

# hex and fromhex show and read the exact binary value.
print((0.1).hex(), (1.0).hex(), (-0.0).hex(), (5e-324).hex(), float("inf").hex())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex(" -0x1p10 "), float.fromhex("inf"))

# real, imag and conjugate make floats usable where complex numbers are.
x = 1.5
print(x.real, x.imag, x.conjugate())

# The errors.
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
          lambda: float.fromhex("zz"), lambda: float.fromhex("0x1p10000")]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
