# Fields without defaults cannot follow fields with defaults.
from dataclasses import dataclass, field

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int
    y: int = 0


try:
    @dataclass
    class Child(Base):
        z: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class KwChild(Base):
    z: int = field(kw_only=True)


print(KwChild(1, z=3), KwChild(1, 2, z=3))
