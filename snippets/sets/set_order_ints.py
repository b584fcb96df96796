# Set iteration order follows CPython's hash table layout.
print({3, 1, 2})
print({1, 2, 3, 4, 16})
a = 16
print({1, 2, 3, 4, a})
print({9, 1, 2}, {-1, -2, 0, 1}, {100, 7, 33, 64, 5})
print({-3, -2, -1, 0, 1, 2, 3})
print({2**61, 2**61 - 1, 10**20, -(2**62), 5})
print({1.5, 2.0, -0.5, 8, True, False, (1, 2), (3,), frozenset({1})})
print({1, 1.0, True}, {0, False, 0.0})
for x in {40, 8, 9, 1, 2, 33}:
    print(x, end=" ")
print()
print([x for x in {17, 1, 33, 49, 65}])
print(set(range(20, 0, -3)), set([64, 32, 16, 8, 4, 2, 1]))
print(set({k: 0 for k in [40, 8, 3, 1, 77]}))
print(set("a") == {"a"}, len({"x", "y", "x"}))
