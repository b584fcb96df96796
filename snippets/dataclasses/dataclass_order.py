# order=True adds <, <=, >, >= comparing fields as a tuple, in order.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), max(vs))
print(Version(1, 2) == Version(1, 2, 0, "final"))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


print(sorted([Task(3, "low"), Task(1, "high"), Task(2, "mid")]))
try:
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        x: int
except ValueError as e:
    print("ValueError:", e)
