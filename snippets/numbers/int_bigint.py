# Python ints have arbitrary precision: no overflow, ever.
big = 2**100
print(big, type(big).__name__)
print(big * big)
print(big - 2**100 + 1)
print(-big // 3, -big % 3)

# Factorial of 30 without any special library.
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f, "digits:", len(str(f)))

# Crossing the 64-bit boundary back and forth.
m = 9223372036854775807
print(m + 1, (m + 1) - 1 == m, -m - 2, abs(-m - 1))
print((m + 1) * 2 // 2 == m + 1)

# Comparisons and sorting mix small and big ints freely.
print(sorted([10**20, -5, 2**64, 0, -(2**70)]))
print(max(3, 2**65), min(-(2**65), 7))

# Big ints in other bases.
print(hex(2**80), oct(2**70), bin(2**65))
print(int("1" * 30) % 97, pow(10**25, 2) // 10**49)
