square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a * b)(3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
print(type(square))
print((lambda *a, **k: (a, k))(1, 2, z=3))
