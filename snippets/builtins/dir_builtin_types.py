# dir(obj) lists the attribute names of an object, sorted.
# For the built-in types, the public names are their methods.

def public(obj):
    """The names of dir(obj) that do not start with an underscore."""
    return [n for n in dir(obj) if not n.startswith("_")]


# Sequences
print("list:", public([]))
print("tuple:", public(()))
print("range:", public(range(3)))

# Text and binary data
print("str:", public("abc"))
print("bytes:", public(b"abc"))
print("bytearray:", public(bytearray(b"abc")))

# Mappings and sets
print("dict:", public({}))
print("set:", public(set()))
print("frozenset:", public(frozenset()))

# Numbers: methods and data attributes such as real and imag
print("int:", public(42))
print("bool:", public(True))
print("float:", public(1.5))
print("complex:", public(2j))
print("slice:", public(slice(1, 5)))

# dir() of a type and of one of its values agree
print(dir(list) == dir([1, 2]))
print(dir(str) == dir("x"))
print(dir(int) == dir(10))

# The result is a new, sorted list every time
names = dir(dict)
print(type(names).__name__, names == sorted(names), names is not dir(dict))

# Special methods are listed too
print("__len__" in dir([]), "__getitem__" in dir({}), "__add__" in dir(1))
print("__iter__" in dir(5), "append" in dir(()))

# Mutable containers list __hash__ (it is None for them)
print("__hash__" in dir([]), [].__hash__ is None)

# dir() takes at most one argument
try:
    dir([], {})
except TypeError as e:
    print(type(e).__name__, e)
