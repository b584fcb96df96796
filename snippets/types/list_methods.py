# list and tuple methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(5, -5), l.index(9, 0, 6), l.count(1), l.count(7))
l.sort(); print(l); l.sort(reverse=True); print(l)
w = ["bb", "a", "ccc", "dd"]; w.sort(key=len); print(w); w.sort(key=len, reverse=True); print(w)
l.insert(100, 0); l.insert(-100, 10); l.insert(2, 7); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); l.reverse(); print(l, l.copy() == l, l.copy() is l)
l.extend(range(2)); l.extend("ab"); l += (9,); print(l)
print([1, 2] * 2, 3 * [0], [] * 5, [1] * -1, [1, 2] < [1, 3], [1, 2] < [1], (1, 2) > (1,), [1, [2]] == [1, [2]])
t = (1, 2, 1, "a")
print(t.index(1), t.index(1, 1), t.count(1), t.index("a"))
l.clear(); print(l)
for bad in [lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: (1,).index(2), lambda: [].pop(), lambda: [1].pop(5),
            lambda: [1].remove(2), lambda: [1, "a"].sort(), lambda: [1].sort(key=1), lambda: [1].sort(foo=1), lambda: [1].index(),
            lambda: [1].pop("a"), lambda: [1].insert("a", 1), lambda: [] + (), lambda: [1] * 1.5, lambda: [1].index(1, "a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
