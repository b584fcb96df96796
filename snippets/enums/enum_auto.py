# auto() picks values: 1, 2, 3... for Enum; a custom
# _generate_next_value_ can compute them from the name.
from enum import Enum, auto


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()


print(list(Direction), Direction.WEST.value)


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()


print([(m.name, m.value) for m in Mixed])


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")

    DRY_RUN = auto()
    VERBOSE = auto()


print(list(Name), Name("dry-run"))
print(repr(auto()).startswith("auto("))
