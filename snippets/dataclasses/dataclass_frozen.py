# frozen=True: assignment raises FrozenInstanceError; frozen instances
# are hashable, so they can be dict keys and set members.
from dataclasses import dataclass, FrozenInstanceError, replace


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


red = Color(255, 0, 0)
print(red, red.hex(), hash(red) == hash(Color(255, 0, 0)))
names = {red: "red", Color(0, 0, 255): "blue"}
print(names[Color(255, 0, 0)], len({red, Color(255, 0, 0)}))
try:
    red.g = 128
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del red.r
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    red.alpha = 1
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, FrozenInstanceError))
print(replace(red, g=128), red)
print(issubclass(FrozenInstanceError, AttributeError))
