# decimal signals: InvalidOperation, DivisionByZero; the last one is uncaught.
from decimal import Decimal, DivisionByZero, InvalidOperation

for attempt in (lambda: Decimal("abc"), lambda: Decimal(0) / Decimal(0),
                lambda: Decimal(-1).sqrt(), lambda: Decimal(1) + 1.5):
    try:
        attempt()
    except (InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("DivisionByZero is a ZeroDivisionError:", type(e).__name__, e)
print(issubclass(DivisionByZero, ArithmeticError))
print(Decimal("1.5") / Decimal(0))
