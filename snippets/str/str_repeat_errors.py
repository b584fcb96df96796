# repetition with *
print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2), "ab" * True)
print(repr("" * 2**62))        # empty strings repeat for free

# huge counts: too long to represent, or too much memory
for n in (2**62, 2**61, 2**100, -2**100):
    try:
        print(repr("abc" * n))
    except (OverflowError, MemoryError) as e:
        print(n.bit_length(), type(e).__name__, e)

# only ints can repeat a string
for n in (2.0, "3", None, [1]):
    try:
        "ab" * n
    except TypeError as e:
        print(type(e).__name__, e)

# concatenation needs two strings
for other in (1, None, b"x", ["x"]):
    try:
        "ab" + other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    5 + "ab"
except TypeError as e:
    print(type(e).__name__, e)

# building a box with repetition
def box(text):
    width = len(text) + 4
    return "\n".join(["+" + "-" * (width - 2) + "+", "| " + text + " |", "+" + "-" * (width - 2) + "+"])

print(box("snippy"))
s = "ab"
s *= 3
s += "!"
print(s)
