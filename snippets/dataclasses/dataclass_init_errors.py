# The generated __init__ reports wrong calls as any function does.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Point3D:
    x: int
    y: int
    z: int = 0


calls = [
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, z=3),
    lambda: Point(1, x=1),
    lambda: Point3D(1, 2, 3, 4),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(Point(1, 2), Point3D(1, 2))
