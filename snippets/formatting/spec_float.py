x = 1234.5678
# Fixed point, exponent and general formats.
print(format(x, "f"), format(x, ".2f"), format(x, ".0f"), format(x, "10.1f") + "|")
print(format(x, "e"), format(x, ".3e"), format(x, "E"), format(1e-10, ".2e"))
print(format(x, "g"), format(x, ".3g"), format(0.00001234, "g"), format(1e20, "G"))

# No type: like repr, but precision counts significant digits.
print(format(x, ""), format(x, ".3"), format(1e16, ""), format(100.0, ".2"))

# Percentages multiply by 100.
print(format(0.256, "%"), format(0.256, ".1%"), format(1, ".0%"))

# Signs, zero padding and the alternate form.
print(format(2.5, "+"), format(-2.5, "+"), format(2.5, " "), format(-2.5, "010.3f"))
print(format(2.0, "#.0f"), format(2.0, ".0f"), format(1.0, "#g"), format(0.5, "#.0e"))

# z (new in 3.11) turns negative zero into plain zero after rounding.
print(format(-0.0, "f"), format(-0.0, "z.1f"), format(-0.001, ".2f"), format(-0.001, "z.2f"))

# Banker's rounding happens on the exact binary value.
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), format(2.5, ".0f"))

# Special values.
inf, nan = float("inf"), float("nan")
print(format(inf, "f"), format(-inf, "F"), format(nan, "e"), format(nan, "G"), format(inf, "08.2f"))
