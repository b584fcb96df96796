# Calls resolved up a class hierarchy: inherited methods, super() chains
# and overridden methods in a three-level hierarchy.
class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides


class Rect(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Square(Rect):
    def __init__(self, size):
        super().__init__(size)
        self.kind = 1

    def area(self):
        return super().area() + self.kind


shapes = [Shape(2), Rect(3), Square(4)]
acc = 0
for i in range(300_000):
    for s in shapes:
        acc += s.describe()
    acc += Square(i & 15).area()
    acc %= 1_000_000_007
print("checksum:", acc)
