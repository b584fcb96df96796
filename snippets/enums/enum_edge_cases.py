# Enum edge cases: read-only name/value, _ignore_, calling the class
# wrongly, IntEnum arithmetic and Flag xor.
from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    _ignore_ = ["tmp"]
    tmp = 5
try: Color.RED.name = "x"
except AttributeError as e: print(e)
try: Color.RED.value = 3
except AttributeError as e: print(e)
print(Color.__name__, Color.RED.__class__.__name__, {Color.RED, Color.RED, Color.GREEN} == {Color.RED, Color.GREEN}, hasattr(Color, "tmp"))
print(list(Color.__members__.values()), Color.RED in list(Color), bool(Color.RED), bool(Color))
try: Color()
except TypeError as e: print(e)
try: Color(1, 2)
except Exception as e: print(type(e).__name__, e)
class Big(IntEnum):
    A = auto()
    B = auto()
print(Big.A | 4, Big.B & 2, Big.A << 3, -Big.B, abs(Big.A), Big.A / 2, round(Big.B), float(Big.A), Big.A.real, divmod(Big.B, 2))
class W(Flag):
    A = 1
    B = 2
print(W.A ^ W.B, W(3) == (W.A | W.B), hash(W.A) == hash(W.A), W.A < W.B if False else '')
print(Color.RED == 1, Color.RED.__eq__(1), Color["RED"] is Color(1), sorted(Color, key=lambda c: -c.value))
print(isinstance(Color, type), issubclass(Color, Enum), Color.__class__.__name__, Color.__bases__)
