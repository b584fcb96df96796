# fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass().
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass)


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)


line = Line(Point(0, 0), Point(3, 4), ["a"])
print(asdict(line))
print(astuple(line))
print([(f.name, f.type) for f in fields(Line)])
print(replace(line, end=Point(1, 1)))
print(is_dataclass(line), is_dataclass(Line), is_dataclass(Point(1, 2).x), is_dataclass(dict))
copy = asdict(line)
copy["tags"].append("b")
print(line.tags, copy["tags"])
try:
    replace(line, color="red")
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(42)
except TypeError as e:
    print("TypeError:", e)

Pos = make_dataclass("Pos", ["x", ("y", int), ("z", int, field(default=0))])
print(Pos(1, 2), Pos.__annotations__)
