s = {3, 1, 2}
print(s, len(s), 2 in s)
s.add(4)
s.discard(1)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print({1, 2} <= a, a >= {1}, {1, 2} < {1, 2})
print(set(), set([1, 1, 2]), set(range(5)))
f = frozenset([3, 2, 1])
print(f, type(f), f | {7}, 2 in f)
print(frozenset(), sorted({5, 3, 8}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
