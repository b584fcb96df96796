# Looking members up: by value with Color(1), by name with Color['RED'],
# and the errors for missing ones.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color(1), Color["GREEN"], getattr(Color, "BLUE"))
print(Color(2) is Color.GREEN, Color[Color.RED.name] is Color.RED)
try:
    Color(4)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError:", e)
print(Color(Color.BLUE))
