# set.pop follows CPython's finger through the table.
s = {5, 6, 7, 100, 1, 64, 33}
out = []
while s:
    out.append(s.pop())
    if len(out) == 3:
        s.add(0)
        s.add(200)
print(out)
t = set(range(0, 200, 7))
print([t.pop() for _ in range(10)], t)
t.clear()
t.update([3, 1, 2])
print(t.pop(), t)
u = {1, 9, 17, 25}
u.pop()
u.add(33)
print(u, u.pop(), u)
