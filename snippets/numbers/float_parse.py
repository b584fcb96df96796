# float() parses decimal text, the special values, whitespace and
# underscores between digits.
for text in ["3.14", "  -2.5e3 ", "1_000.000_1", ".5", "5.", "1E-3", "+inf",
             "-Infinity", "nan", "NaN", "-nan", "1e500", "-1e-500"]:
    print(repr(text), float(text))

print(float(b"1.5"), float(bytearray(b" 2 ")), float(10**20), float(True), float())

# Malformed strings raise ValueError with the text's repr.
for text in ["x", "", "1__0", "1_", "1e", ".", "0x10", "1 5", "infinit", "\t"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)

# Wrong types raise TypeError; too-large ints raise OverflowError.
for value in [None, [1.0], 10**400]:
    try:
        float(value)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
