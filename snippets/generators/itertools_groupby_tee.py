# itertools.groupby and tee
from itertools import groupby, tee

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
print([k for k, g in groupby("AAAABBBCCD")])
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for key, group in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in group])

groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
words = sorted("the quick brown fox jumps over the lazy dog".split(), key=len)
print({n: list(ws) for n, ws in groupby(words, len)})

a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee("xyz", 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
