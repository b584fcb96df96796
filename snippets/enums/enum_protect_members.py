# Members cannot be reassigned or deleted (EnumType's __setattr__ and
# __delattr__); other class attributes can.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
Color.description = "primary colors"
print(Color.description, Color.RED, list(Color))
del Color.description
print(hasattr(Color, "description"))


class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen; cannot set {name}")


class Settings(metaclass=Frozen):
    debug = False


try:
    Settings.debug = True
except AttributeError as e:
    print("AttributeError:", e)
print(Settings.debug)
