# Powers of ints: non-negative exponents stay exact ints.
print(2 ** 10, (-3) ** 3, 7 ** 0, 0 ** 0, 2 ** 100)

# A negative exponent produces a float.
print(2 ** -1, 10 ** -3, (-2) ** -3)

# Zero to a negative power is an error.
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Three-argument pow computes (base ** exp) % mod efficiently.
print(pow(3, 200, 1000), pow(2, 10**18, 10**9 + 7), pow(-2, 101, 7))
print(pow(5, 3, -7))   # the result takes the sign of the modulus

# A negative exponent with a modulus means the modular inverse.
inv = pow(3, -1, 7)
print(inv, 3 * inv % 7)
print(pow(38, -1, 97), pow(2, -3, 11))

for args in [(3, -1, 6), (3, 2, 0), (3.0, 2, 5), (3, 2, 5.0), (2j, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
