# The numbers ABCs: the numeric tower, and which types belong where.
import numbers
from fractions import Fraction
from decimal import Decimal
for v in [1, True, 2.5, 3j, Fraction(1, 3), Decimal("1.5"), "x"]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), type(numbers.Number))
class Meters(numbers.Real):
    pass
try:
    Meters()
except TypeError as e:
    print(str(e)[:60])
