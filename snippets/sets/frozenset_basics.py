# frozenset: repr, hashing, use as a key, methods returning frozensets.
print(frozenset(), frozenset([]), frozenset({3, 1, 2}), frozenset(range(5)))
print(repr(frozenset({1, (2, 3)})), set(), {1, 2})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 1.5, -1})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset({2})})))
f = frozenset({5, 6, 7})
print(f.copy() is f, frozenset(f) is f, set(f) == f)
print(type(f.union([1])).__name__, f.union([1]), f.intersection([6, 7, 8]), f.difference([5]), f.symmetric_difference([7, 8]))
d = {frozenset({1, 2}): "a", frozenset(): "b"}
print(d[frozenset({2, 1})], d[frozenset()])
print({frozenset({1}), frozenset({1}), frozenset({2})})
print(f.issubset(range(10)), f.issuperset([5]), f.isdisjoint({1}), len(f), 6 in f)
print(sorted(f), list(f), tuple(frozenset("x")))
