# Fraction's errors.
from fractions import Fraction

for attempt in (lambda: Fraction("abc"), lambda: Fraction("1/0"), lambda: Fraction([1]),
                lambda: Fraction(1.5, 2), lambda: Fraction(1, 3).limit_denominator(0),
                lambda: Fraction(1, 2) + "a"):
    try:
        attempt()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")

try:
    print(Fraction(1, 2) / 0)
except ZeroDivisionError as e:
    print("dividing by zero:", e)
