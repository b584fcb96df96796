class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

    def __call__(self, x):
        return x * 2


g = Grid()
g[1, 2] = 5
g["a"] = 1
print(g[1, 2], g[0, 0], len(g), (1, 2) in g, (3, 3) in g, bool(g))
del g["a"]
print(len(g), g(21), callable(g), callable(Grid))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), "yes" if Empty() else "no")
try:
    Empty()[0]
except TypeError as e:
    print(e)


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Generic[int])
