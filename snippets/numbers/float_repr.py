# repr(float) is the shortest string that reads back as the same float.
for x in [0.1, 0.1 + 0.2, 1 / 3, 2.5, 100.0, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 5e-324, 1.7976931348623157e308, -0.0, 1e22, 2**0.5]:
    print(repr(x), str(x), float(repr(x)) == x)

# Infinities and NaN.
print(float("inf"), -float("inf"), float("nan"), 1e400, -1e400)

# Floats inside containers use repr too.
print([0.1, 1.0, 1e100], (2.5,), {"pi": 3.141592653589793})

# Integral floats keep the ".0"; big ones switch to exponent form.
print(3.0, 1e15 + 0.5, 1e16 + 1, float(2**63), float(10**20))
