a = [3, 1, 2]
a.append(5)
a.extend([9, 0])
a.insert(1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.remove(7)
print(a, a.index(2), a.count(1))
a.sort()
print(a)
a.reverse()
print(a)
print(a + [10], [0] * 3, a[1:3], a[::-1])
b = a.copy()
b[0] = 100
print(a, b, a == b, [1, 2] < [1, 3])
c = [[1, 2], [3]]
print(c, len(c[0]), 3 in c[1])
print(sorted(["b", "a", "c"]), list("abc"), list(range(3)))
del a[0]
print(a)
a.clear()
print(a, type(a))
