# decimal.Decimal: exact decimal arithmetic, contexts and quantize.
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP, getcontext, localcontext

print(Decimal("1.10"), repr(Decimal("1.10")), Decimal(5), Decimal("-0"), Decimal("1e3"))
print(Decimal(0.1))                  # the float's exact binary value
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("1.1") + Decimal("2.2"), Decimal("1.30") * 2, Decimal(1) / Decimal(3))
print(Decimal(10) // 3, Decimal(10) % 3, Decimal(2) ** 10, -Decimal("1.5"), abs(Decimal("-2")))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(100).log10(), Decimal(1).exp())

# Rounding to a number of places
price = Decimal("2.675")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      price.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(round(Decimal("2.5")), round(Decimal("2.567"), 2), int(Decimal("7.9")), float(Decimal("1.5")))

# The context's precision
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))

print(Decimal("1.20").normalize(), Decimal("123.45").as_tuple(), Decimal("1.5").as_integer_ratio())
print(sum([Decimal("0.1")] * 3), sorted([Decimal(3), Decimal("1.5"), 2]), Decimal("1.5") < 2)
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,}", f"{Decimal('0.25'):%}", f"{Decimal('3.1'):>8}|")
print(Decimal("Infinity"), Decimal("nan"), Decimal("1.5").is_nan(), Decimal(0).is_zero())
