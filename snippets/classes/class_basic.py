class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p.x, p.y, p.norm(), p.dims, Point.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object), issubclass(Point, object))
print(Point, type(p))
print(p.__dict__)
p.z = 5
print(sorted(p.__dict__), p.__class__.__name__)
del p.z
print(hasattr(p, "z"), getattr(p, "z", "missing"))
setattr(p, "w", 1)
print(p.w)
f = p.norm
print(f(), f.__self__ is p, f.__func__ is Point.norm)
print(str(p).startswith("<__main__.Point object at 0x"), repr(f).startswith("<bound method Point.norm of <__main__.Point object at 0x"))
print(Point.norm(p))


def outer():
    class Inner:
        def method(self):
            return 1
    return Inner


print(outer().__qualname__, outer().method.__qualname__)
o = object()
print(type(o), str(o).startswith("<object object at 0x"))
T = type("T", (Point,), {"extra": 1})
t = T(1, 2)
print(T, T.__mro__, t.extra, t.norm() > 2)
