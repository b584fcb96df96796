# min(), max(), sorted(), sum(), reversed(), enumerate(), zip().
data = [4, -2, 7, 0, 7]
print(min(data), max(data), min(3, 1, 2), max("apple", "pear", "fig", key=len))
print(min(data, key=abs), max(data, key=lambda v: -v), max([], default="empty"))
print(min((), default=None), max([3, 3.0]), min([3.0, 3]))

for call in (lambda: max([]), lambda: min(x for x in []), lambda: max(5),
             lambda: max(), lambda: max(1, 2, default=0), lambda: min([1], [2], foo=1),
             lambda: max(1, "a")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(sum(data), sum(data, 100), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)))
for call in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "x"])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

print(list(reversed(data)), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)

print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip(*[(1, "a"), (2, "b")])))
for args in (("ab", [1]), ([1], "ab"), ("a", "b", "cd"), ("ab", "cd", "e")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
