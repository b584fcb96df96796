# Iterating an enum class, len, membership, __members__ and aliases.
from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(len(Shape), [s.name for s in Shape], [s.value for s in reversed(Shape)])
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print(Shape.SQUARE in Shape, Shape.CIRCLE in Shape)
for name, member in Shape.__members__.items():
    print(f"{name:18} -> {member!r}")
aliases = [name for name, m in Shape.__members__.items() if m.name != name]
print(aliases, list(Shape.__members__))
print(sorted(Shape, key=lambda s: s.value))
