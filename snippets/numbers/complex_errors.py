# Complex numbers are not ordered.
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)

# Division by zero, and zero to a negative or complex power.
for op in [lambda: (1 + 2j) / 0, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# Floor division, modulo and int()/float() are not defined for complex.
for op in [lambda: (1 + 2j) // 2, lambda: (1 + 2j) % 2, lambda: divmod(1j, 1),
           lambda: int(1j), lambda: float(1j), lambda: round(1j)]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

# Results too large to represent.
try:
    (1e200j) ** 2
except OverflowError as e:
    print("OverflowError:", e)

# Malformed strings and wrong argument types for complex().
for args in [("1 + 2j",), ("x",), ("",), ("(1+2j",), ("1+2j", 3), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
