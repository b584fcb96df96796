# Reading and writing instance attributes, class attributes and
# attributes through __slots__.
class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


p = Point(1, 2)
s = Slotted(3, 4)
acc = 0
for i in range(1_000_000):
    p.x = p.y + i
    p.y = p.x - p.scale
    s.a = s.b + p.x
    acc = (acc + p.x + p.y + s.a) % 1_000_000_007
print("checksum:", acc)
