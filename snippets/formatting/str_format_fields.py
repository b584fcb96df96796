# str.format fills replacement fields from its arguments.
print("{} + {} = {}".format(2, 3, 2 + 3))             # automatic numbering
print("{1} before {0}, {0} again".format("a", "b"))  # manual numbering
print("{name} is {age}".format(name="Ada", age=36))  # keywords

# Indexing and attributes inside a field.
point = {"x": 3, "y": -1}
print("{0[x]},{0[y]} / {p[y]}".format(point, p=point))
print("{0[1]} {0[-1]}".format({1: "int key", "-1": "str key"}))
print("{0[0][1]} {items[2]}".format([[1, 2]], items="abc"))
print("{z.real} {z.imag} {z.real.__class__.__name__}".format(z=3 - 4j))

# Conversions !r !s !a, then a format spec.
word = "café"
print("{0!s} {0!r} {0!a} {0!r:>10}|".format(word))

# Nested specs take their width and precision from other arguments.
for width, prec in [(8, 2), (12, 4)]:
    print("[{:{w}.{p}f}]".format(3.14159265, w=width, p=prec))
print("[{:{}{}}]".format("x", "^", 7), "[{0:{1}}]".format(12, "*<6"))

# Escaped braces.
print("{{}} {{{0}}} {{0}}".format("in"))

# format_map reads names from any mapping, without copying it.
class Defaulting:
    def __getitem__(self, key):
        return key.upper()


print("{greeting}, {who}!".format_map(Defaulting()))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
