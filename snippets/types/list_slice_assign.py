# slice assignment and deletion
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[::2] = "vwxyz"; print(l)
l[1:1] = [100, 101]; print(l)
l[-2:] = []; print(l)
l[8:2] = ["z"]; print(l)
l[::-3] = [0, 0, 0, 0]; print(l)
del l[::2]; print(l)
del l[-1:-3:-1]; print(l)
del l[1:2]; print(l)
l[:] = range(3); print(l)
l[5:] = (7,); print(l)
m = [1, 2, 3]; m[:0] = m; print(m)
def f1(): l[::2] = [1]
def f2(): l[0:1] = 5
def f3(): l[::0] = []
def f4(): l[10] = 1
def f5(): del l[10]
def f6(): return l["a"]
def f7(): l["a"] = 1
for bad in [f1, f2, f3, f4, f5, f6, f7]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
