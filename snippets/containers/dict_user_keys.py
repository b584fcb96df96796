# Instances with __hash__ and __eq__ as dict keys: Python calls them.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        print(f"  hash({self})")
        return hash((self.x, self.y))

    def __eq__(self, other):
        print(f"  {self} == {other}")
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"

print("store:")
grid = {Point(0, 0): "origin"}
print("lookup an equal point:")
print(grid[Point(0, 0)])
print("lookup the same object (identity, no __eq__):")
key = next(iter(grid))
print(grid[key])
print("membership of a different point:")
print(Point(1, 1) in grid)
print("overwrite keeps the first key object:")
grid[Point(0, 0)] = "still origin"
print(grid)

# All keys in one bucket: __eq__ is called for each equal hash.
class Clash:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        print(f"  compare {self.name} with {other.name}")
        return self.name == other.name

print("collisions:")
d = {Clash("a"): 1, Clash("b"): 2}
print(d[Clash("b")], len(d))

# Exceptions inside __hash__ or __eq__ propagate out of the lookup.
class Fragile:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("cannot compare")

f = Fragile()
d = {f: "ok"}
print(d[f])
try:
    d[Fragile()]
except RuntimeError as e:
    print("RuntimeError:", e)

class NoHash:
    def __hash__(self):
        raise ValueError("no hash today")

try:
    {NoHash(): 1}
except ValueError as e:
    print("ValueError:", e)

# Numbers that compare equal are the same key.
print({1: "a"}[1.0], {2.5: "x"}.get(5 / 2), {(1, 2): "t"}[(1.0, 2.0)])
