# Numbers that compare equal hash equal, whatever their type.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(2**100) == hash(2.0**100), hash(0.5) == hash(complex(0.5, 0)))

# Ints hash to themselves, modulo the Mersenne prime 2**61 - 1 ...
print(hash(42), hash(-42), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(10**30))
# ... except -1, which CPython reserves as an error marker.
print(hash(-1), hash(-2), hash(-1.0))

# Floats hash by their exact rational value.
print(hash(0.1), hash(1.5), hash(-1.5), hash(1e300), hash(1e-300))
print(hash(float("inf")), hash(float("-inf")), hash(0.0) == hash(-0.0))

# Complex numbers combine the hashes of their parts.
print(hash(1j), hash(complex(1, 2)), hash(complex(-1, 0)))

# Tuples of numbers hash from their items.
print(hash(()), hash((1, 2)), hash((1.5, -1)) == hash((1.5, -1.0)))
print(len({1, 1.0, True, 1 + 0j}), {0: "a", 0.0: "b", False: "c"})
