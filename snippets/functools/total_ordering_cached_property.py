# total_ordering fills in comparisons; cached_property computes once.
from functools import total_ordering, cached_property


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2))
print(sorted([Version(2, 0), a, b]), max(a, b))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area)
print(c.area)
print(c.__dict__)
del c.area
print(round(c.area, 2))
print(type(Circle.area).__name__)
