# fractions.Fraction: exact rational arithmetic.
import math
from fractions import Fraction

print(Fraction(1, 3), repr(Fraction(6, -4)), Fraction(5), Fraction())
print(Fraction(0.75), Fraction(0.1))          # floats convert exactly
print(Fraction("3/4"), Fraction(" -1.25e2 "), Fraction("1_000/3"), Fraction("0.125"))
print(Fraction(Fraction(1, 2), Fraction(3, 4)))

a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - 1, a * 3, a / Fraction(2, 3), Fraction(7, 2) // 2, Fraction(7, 2) % 2)
print(divmod(Fraction(7, 2), 2), -a, abs(Fraction(-1, 2)), Fraction(2, 3) ** 2, Fraction(2, 3) ** -2)
print(a + 0.5, 2 ** Fraction(1, 2), Fraction(4, 9) ** Fraction(1, 2))
print(sum([Fraction(1, 3)] * 3), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
print(a < Fraction(1, 2), Fraction(1, 2) == 0.5, Fraction(1, 2) == Fraction(2, 4))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3))

pi = Fraction(math.pi)
print(pi.limit_denominator(1000), pi.limit_denominator(10))
print(float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), math.sqrt(Fraction(1, 4)))
f = Fraction(7, 2)
print(f.numerator, f.denominator, f.as_integer_ratio(), Fraction.from_float(0.5), f"{a}")
