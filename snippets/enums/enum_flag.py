# Flag members combine with |, &, ^ and ~; composite values get names.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value)
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), repr(rw & Perm.X))
print(~Perm.R, Perm(7), Perm(0), repr(Perm(0)), list(rw), len(rw))
print(rw ^ Perm.R, Perm.R | Perm.R, list(Perm))


class Color(Flag):
    NONE = 0
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, Color.RED | Color.GREEN | Color.BLUE, Color(0))
print([c.value for c in Color], Color.WHITE.value, bool(Color.NONE))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
