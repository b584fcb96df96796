# slots=True builds a class with __slots__; repr=False keeps object's repr;
# a recursive repr prints "...".
from dataclasses import dataclass


@dataclass(slots=True)
class Pixel:
    x: int
    y: int = 0


p = Pixel(1)
print(p, Pixel.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(repr=False)
class Quiet:
    x: int


print(repr(Quiet(1)).startswith("<__main__.Quiet object at"))


@dataclass
class Node:
    value: int
    next: "Node | None" = None


n = Node(1, Node(2))
print(n)
n.next.next = n
print(n)
