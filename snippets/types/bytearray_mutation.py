# bytearray mutation
a = bytearray(b"hello")
a.append(33); a.extend(b"??"); a.extend([65, 66]); a.insert(0, 62); a.insert(-1, 45)
print(a, len(a))
a[0] = 60; a[-1] = 67; print(a)
a[1:3] = b"XY"; print(a)
a[1:3] = [1, 2, 3]; print(a)
a[::2] = bytes(len(a[::2])); print(a)
del a[0]; del a[1:3]; del a[::3]; print(a)
print(a.pop(), a.pop(0), a)
a.remove(2); print(a)
c = a.copy(); c.reverse(); print(c, a)
a += b"++"; a *= 2; print(a)
a.clear(); print(a, bool(a))
b = bytearray(b"abc")
for bad in [lambda: b.append(256), lambda: b.append("a"), lambda: b.__setitem__(0, 300), lambda: b.__setitem__(0, "a"),
            lambda: b.__setitem__(slice(0, 1), "a"), lambda: b.__setitem__(slice(0, 1), 5), lambda: bytearray().pop(),
            lambda: b.remove(120), lambda: b[10], lambda: b.extend("ab"), lambda: b.extend(5), lambda: b.__setitem__(slice(None, None, 2), b"abc"),
            lambda: b.pop(10)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
