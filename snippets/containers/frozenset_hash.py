# frozenset: an immutable, hashable set.
empty = frozenset()
digits = frozenset(range(4))
print(empty, digits, frozenset([1, 1, 2]), repr(frozenset({(1, 2)})))

# Equal frozensets hash alike regardless of construction order.
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])), hash(empty) == hash(frozenset()))
print(hash(frozenset({1, 2, 3})), hash(frozenset()))
print(frozenset({1, 2}) == {1, 2}, frozenset(digits) is digits, digits.copy() is digits)

# As dict keys and set members.
groups = {frozenset({"x", "y"}): "pair", frozenset(): "none"}
print(groups[frozenset({"y", "x"})], groups[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({1, 2})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
families = {frozenset({1, 2}): "a"}
print(families.get(frozenset([2, 1])))

# No mutating methods.
for name in ("add", "remove", "update", "pop"):
    print(name, hasattr(digits, name))
try:
    digits.add(5)
except AttributeError as e:
    print("AttributeError:", e)

# Sets themselves are unhashable.
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    {frozenset(): 1, {2}: 3}
except TypeError as e:
    print("TypeError:", e)
