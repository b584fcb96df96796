# operator: functions for the operators, and itemgetter/attrgetter/methodcaller.
import functools
import operator

print(operator.add, operator.lt)
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(9, 4), operator.neg(3))
print(operator.add([1], [2]), operator.mod("%s!", "hi"))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(1), operator.truth(0), operator.is_(None, None))
print(operator.concat("a", "b"), operator.contains([1], 1), operator.getitem({"a": 1}, "a"))
print(operator.index(5), operator.length_hint([1, 2]), functools.reduce(operator.mul, range(1, 6)))

get1 = operator.itemgetter(1)
print(get1, get1([5, 6]), operator.itemgetter(0, 2)("abc"))
print(operator.attrgetter("real")(3), operator.attrgetter("a.b"))
up = operator.methodcaller("upper")
print(up("hi"), operator.methodcaller("split", ","), operator.methodcaller("f", 1, k=2))
rows = [(1, "b"), (0, "c"), (2, "a")]
print(sorted(rows, key=operator.itemgetter(1)), max(rows, key=get1))

for attempt in (lambda: operator.index(1.5), lambda: operator.itemgetter(5)([1]),
                lambda: operator.attrgetter("zz")(1), lambda: operator.add(1, "a")):
    try:
        attempt()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
