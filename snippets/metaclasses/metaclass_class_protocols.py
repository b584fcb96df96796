# Special methods defined on a metaclass apply to its classes:
# len(), iteration, indexing, `in`, repr() and truth of the class itself.
class Listing(type):
    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, index):
        return cls.members[index]

    def __contains__(cls, item):
        return item in cls.members

    def __repr__(cls):
        return f"<listing {cls.__name__}: {len(cls)} members>"

    def describe(cls):
        return ", ".join(cls.members)

    @property
    def first(cls):
        return cls.members[0]


class Planets(metaclass=Listing):
    members = ["Mercury", "Venus", "Earth"]


print(list(Planets), len(Planets), Planets[2], Planets[-1])
print("Venus" in Planets, "Pluto" in Planets)
print(repr(Planets), str(Planets), f"{Planets}")
print(Planets.describe(), Planets.first)
print(sorted(Planets), [p.upper() for p in Planets])
print(bool(Planets), list(reversed(Planets.members)))

# Methods of the metaclass are not visible on instances.
p = Planets()
try:
    p.describe()
except AttributeError as e:
    print("AttributeError:", e)
