# Generator expressions: the first iterable is evaluated at once, the rest lazily
def src(name, n):
    print("evaluating", name)
    return range(n)

ge = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(next(ge))
print(list(ge))

try:
    (x for x in 5)
except TypeError as e:
    print("eager error:", e)

lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(next(lazy, "exhausted"))

def noisy(items):
    for i in items:
        print("produce", i)
        yield i

pipeline = (v * 2 for v in noisy([1, 2, 3]) if v != 2)
for out in pipeline:
    print("consume", out)

print(sum(x for x in range(5)), max((c for c in "hello"), key=ord))
print(sorted(x % 3 for x in range(7)), tuple(str(i) for i in range(3)))
print(" ".join(w.upper() for w in "a b c".split()))
print(dict((k, k * k) for k in range(3)), set(x & 1 for x in range(5)))
g = (i for i in range(3))
print(iter(g) is g, type(g).__name__, g.__name__)
print(repr(g).split(" at ")[0])
print(list(zip(g, g)))
