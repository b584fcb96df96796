# int() parses text: optional sign, surrounding whitespace and single
# underscores between digits are allowed.
print(int("42"), int("  -17\n"), int("+3"), int("1_000_000"))

# A base from 2 to 36; letters are digits beyond 9.
print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("z", 36))

# Base 0 reads the prefix like a literal in source code.
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("0b_101", 0), int("42", 0))
print(int("0x1f", 16), int(b"12"), int(bytearray(b" 7 ")))

# Floats are truncated toward zero.
print(int(3.9), int(-3.9), int(1e20), int(True))

bad = [("12a",), ("",), ("1__0",), ("_1",), ("0x1f",), ("010", 0), ("9", 8), ("1", 37), (b"4x",)]
for args in bad:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)

for value in [float("inf"), float("nan"), None, [1]]:
    try:
        int(value)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
