# Operators call special methods; on built-in numbers they can be called
# directly, and return NotImplemented for operand types they don't handle.
print((3).__add__(4), (3).__mul__(5), (7).__floordiv__(2), (7).__truediv__(2))
print((3).__add__(4.0), (2.5).__add__(1), (2.5).__radd__(1), (1j).__mul__(2))
print((10).__rsub__(3), (2).__rpow__(10), (7).__divmod__(2), (7.5).__mod__(2))
print((5).__neg__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (2.0).__bool__())
print((7).__eq__(7), (7).__eq__(7.0), (7.0).__eq__(7), (7).__lt__(8), (1j).__lt__(2j))

# Conversions.
print((7).__index__(), (7).__float__(), (7.9).__int__(), (-7.9).__trunc__())
print((3.5).__floor__(), (3.5).__ceil__(), (-3.5).__floor__(), (2.5).__round__(), (1234).__round__(-2))

# Formatting and hashing.
print((255).__format__("#x"), (2.5).__format__("08.3f"), (1 + 2j).__format__(">10"))
print((7).__hash__(), (0.5).__hash__(), True.__repr__(), (2.5).__str__())

# real, imag, numerator and denominator.
print((5).real, (5).imag, (5).numerator, (5).denominator, True.numerator)
print((2.5).real, (2.5).imag, (3 - 4j).real, (3 - 4j).imag)
print((10).as_integer_ratio(), (-10).conjugate(), (7.0).is_integer())
