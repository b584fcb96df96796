# slice objects: what a[start:stop:step] builds.
s = slice(1, 10, 2)
print(s, slice(5), slice(None, "a"), s.start, s.stop, s.step, slice(3).start)

data = list(range(10))
print(data[s], data[slice(None, None, -1)], "abcdef"[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])

# indices() resolves a slice against a length, clamping like subscripting does.
print(s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
print(slice(-3, None).indices(10), slice(None, -20, -1).indices(10), slice(10**30).indices(4))
for start, stop, step in [slice(2, 8, 3).indices(len(data))]:
    print(list(range(start, stop, step)) == data[2:8:3])

# Slices compare like (start, stop, step) tuples and are unhashable.
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(0) != slice(1))

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(f"{label} {type(e).__name__}: {e}")

attempt("hash:", lambda: hash(slice(1)))
attempt("zero step:", lambda: slice(0, 1, 0).indices(5))
attempt("negative length:", lambda: slice(1).indices(-1))
attempt("bad bound:", lambda: slice(1, "a").indices(5))
attempt("no args:", lambda: slice())
attempt("four args:", lambda: slice(1, 2, 3, 4))
attempt("str bound:", lambda: [1, 2, 3][slice("a", None)])
attempt("float bound:", lambda: [1, 2, 3][slice(1.0, None)])
attempt("step zero subscript:", lambda: [1, 2][::0])
print([1, 2, 3][10**30:], [1, 2, 3][-10**30:], [1, 2, 3][::10**30], [1, 2, 3][None:None:None])
