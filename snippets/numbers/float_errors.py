# Float division by zero raises, with a message per operator.
for op in [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0.0,
           lambda: divmod(1.0, 0), lambda: 0.0 ** -1]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# Overflow: multiplication saturates to inf, but ** raises.
print(1e308 * 10, -1e308 * 10)
for op in [lambda: 1e308 ** 2, lambda: 2.0 ** 10000, lambda: 10 ** 400 * 1.0,
           lambda: 10 ** 400 / 3, lambda: float(10 ** 400)]:
    try:
        print(op())
    except OverflowError as e:
        print("OverflowError:", e)

# A negative base with a fractional exponent gives a complex result.
print((-8) ** (1 / 3))
print((-1.0) ** 0.5, (-2) ** 0.5)

# inf and nan propagate instead of raising.
inf = float("inf")
print(inf - inf, inf * 0, inf / inf, 0.0 * -1, inf ** 0, 1 ** float("nan"))
