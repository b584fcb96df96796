# Enum: named constants with a name and a value; reprs and strs.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(type(Color.RED), isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
print(Color, type(Color))
print(f"{Color.BLUE} / {Color.BLUE!r} / {Color.BLUE.name:>6}")
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, Color.RED is Color.RED)
favorite = Color.GREEN
if favorite is Color.GREEN:
    print("green it is")
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
