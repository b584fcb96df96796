# Comparisons between ints and floats are exact: the int is not rounded
# to a float first.
n = 2**53 + 1
f = float(n)          # rounds to 2**53
print(f == 2**53, n == f, n > f, n - 1 == f)
print(2**53 + 1 < 2.0**53 + 2, 10**400 > 1e308, 10**400 < float("inf"))
print(-(2**64) == -1.8446744073709552e19, 2**64 + 1 > 2.0**64)

# Equal values compare equal across types.
print(1 == 1.0 == True, 0 == -0.0, 2**100 == 2.0**100)

# NaN is unequal to everything, even itself.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)

# Float arithmetic is binary: 0.1 + 0.2 is not 0.3.
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, 0.1 + 0.2)
print(sum([0.1] * 10), 1e16 + 1 == 1e16)

# Sorting mixed numbers works by value.
print(sorted([3, 2.5, True, -1e100, 10**20, 0.0]))
