# Bitwise operators act on ints as if they had infinitely many sign bits
# (two's complement), so negative numbers work too.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, bin(a & b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-(2**70) & (2**72 - 1) == 3 * 2**70, (10**30) ^ -1 == ~(10**30))

# Shifts multiply or floor-divide by powers of two.
print(1 << 10, 1 << 100, 1000 >> 3, -1000 >> 3, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)

# bit_length: bits needed, ignoring the sign; bit_count: number of ones.
for n in [0, 1, 255, 256, -256, 2**100]:
    print(n, n.bit_length(), n.bit_count())

# Masks and flags.
READ, WRITE, EXEC = 1, 2, 4
perm = READ | EXEC
print(bool(perm & WRITE), bool(perm & EXEC), perm & ~EXEC)
