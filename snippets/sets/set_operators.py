# |, &, -, ^ and their in-place forms between sets and frozensets.
a = {1, 2, 3, 4, 5, 40, 72}
b = {4, 5, 6, 7, 8, 104}
f = frozenset(b)
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(f | a, f & a, f - a, f ^ a)
print(a | f, type(a | f).__name__, type(f | a).__name__)
c = a
c |= b
print(c is a, a)
c &= {1, 5, 6, 104, 999}
print(c is a, a)
c -= {5}
print(c, a)
c ^= {1, 2, 3}
print(c, a)
g = f
g |= {1}
print(g is f, g, f)
big = set(range(100))
small = {3, 50, 99, 1000}
print(big - small == set(range(100)) - {3, 50, 99}, small - big)
print(sorted(big & small), small & big)
print(a == set(a), a != b, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2})
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}))
for f in [lambda: {1} | [1], lambda: {1} & [1], lambda: {1} - [1], lambda: [1] ^ {1}]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    a |= [1]
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1} == [1], {1} != [1])
