# typing.NamedTuple: a named tuple declared with class syntax.
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3.0, 4.0)
print(p, p.x, p[1], p.norm(), len(p), list(p))
print(Point(1.5), Point(y=2.0, x=1.0))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(y=0.0), Point._make([5, 6]))
x, y = p
print(x + y, p == (3.0, 4.0), p == Point(3.0, 4.0), hash(p) == hash((3.0, 4.0)))

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("Ann", 7), Employee._fields)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
