z = 3 + 4j
# An empty type formats like str(z); a width pads the whole thing.
print(format(z, ""), format(z, ">12") + "|", format(z, "<12") + "|", format(z, "*^12"))

# With a type, both parts are formatted and the parentheses dropped.
print(format(z, "f"), format(z, ".2f"), format(z, "e"), format(z, ".3g"), format(z, "n"))
print(format(-1.5 - 0.25j, ".1f"), format(1j, "f"), format(-0j, "g"))

# Signs apply to the real part; the imaginary part always has one.
print(format(z, "+"), format(z, " "), format(z, "+.1f"), format(2j, "+"))

# Grouping and the alternate form.
print(format(1234567 + 89j, ","), format(1234567.5 - 0.5j, "_.1f"), format(1 + 2j, "#"))

# z, precision without a type, and special values.
print(format(complex(-0.0, -0.0), "z.1f"), format(1 / 3 + 2j, ".3"), format(complex("nan+infj"), ""))

# What complex does not allow.
for spec in ["=10", "010", "d", "%", "x", "c"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
