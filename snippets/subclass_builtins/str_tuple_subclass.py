# Subclassing str and tuple.
class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initial(self):
        return self[0]


n = Name("ada")
print(n, repr(n), n.shout(), n.initial, len(n), n == "ada", n + "lovelace")
print(n.title(), n.startswith("a"), "x" + n, f"[{n}]", f"{n:>6}", {n: 1}["ada"], n in "nadal")
print(type(n.upper()).__name__, isinstance(n, str), "-".join([n, n]), sorted(Name("cab")))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(3, 4)
print(p, p.x, p.y, len(p), p + (5,), p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, list(p), max(p), p[::-1], p.count(3))


class Tags(frozenset):
    def describe(self):
        return ", ".join(sorted(self))


t = Tags(["b", "a"])
print(t.describe(), len(t), "a" in t, t | {"c"} == {"a", "b", "c"}, isinstance(t, frozenset))


class UniqueList(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


u = UniqueList([1, 2])
print(sorted(u.add_all(2, 3, 4)), len(u), 3 in u)
