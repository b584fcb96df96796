# Floor division and modulo: the quotient rounds toward minus infinity,
# so the remainder always has the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")

# The identity a == (a // b) * b + a % b always holds.
for a, b in [(17, 5), (-17, 5), (17, -5), (10**20 + 3, -7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)

# Big ints follow the same rules.
print(divmod(-10**30, 7))
print((-10**30) % 7, (10**30) // -(10**15 + 1))

# Mixed int/float operands give floats, with the same sign rules.
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7.5 % 2, divmod(-7.5, 2))
print(-0.0 % 5, 0.0 % -5, 5.5 // 0.5, 1 % 0.1)

# True division always produces a float, exactly rounded.
print(7 / 2, -7 / 2, 10**30 / 10**15, (2**53 + 1) / 1)
