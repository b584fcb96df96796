# A missing argument to a dataclass, uncaught.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


print(Point(1, 2))
p = Point(1)
