# Enums that mix in a data type: the members are ints or strs too.
import json
from enum import Enum, IntEnum, StrEnum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED, repr(Color.RED), isinstance(Color.RED, str), Color.RED == "red")
print(Color.RED.upper(), Color("green"), hash(Color.RED) == hash("red"), len(Color.GREEN))
print("-".join([Color.RED, Color.GREEN]), sorted(["zeta", Color.RED]))


class Level(int, Enum):
    LOW = 1
    HIGH = 3


print(Level.HIGH, repr(Level.LOW), Level.HIGH + 1, isinstance(Level.LOW, int), Level(3))


class Size(IntEnum):
    S = 1
    M = 2
    L = 3


print(isinstance(Size.M, int), Size.M * 10, list(range(Size.L)))


class Fruit(StrEnum):
    APPLE = "apple"
    PEAR = "pear"


print(isinstance(Fruit.PEAR, str), ", ".join(Fruit), Fruit.APPLE.title(), json.dumps([Fruit.APPLE]))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)
