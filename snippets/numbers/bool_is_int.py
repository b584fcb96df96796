# bool is a subclass of int: True is 1 and False is 0.
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True + 1, True * 10, False - 1, True / 2, -True, ~True)
print(True == 1, False == 0, 1 + 1 == True + True)
print(sum([True, True, False, True]), max(False, True), abs(True))

# The logical operators on two bools keep the bool type.
print(True & False, True | False, True ^ True, type(True & False).__name__)
print(True & 3, type(True & 3).__name__, True << 4)

# bools are equal to (and hash like) 1 and 0, so they collide as dict keys.
d = {1: "one"}
d[True] = "true"
d[1.0] = "float"
print(d)
print(hash(True), hash(False), hash(True) == hash(1) == hash(1.0))

# repr/str and formatting.
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>6}|", "%d %s" % (True, False))

# bool() of numbers: zero is false.
print(bool(0), bool(-0.0), bool(0j), bool(2**100), bool(float("nan")))
