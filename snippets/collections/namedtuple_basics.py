# namedtuple: tuples with field names, defaults, _replace, _asdict, _make.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], tuple(p), p == (1, 2), isinstance(p, tuple), p + (3,))
print(p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x, y, len(p), hash(p) == hash((1, 2)))

Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config._field_defaults)
print(namedtuple("R", "a def b", rename=True)._fields)

for attempt in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("R", "a a"),
                lambda: p._replace(z=1), lambda: namedtuple("R", "def x")):
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
