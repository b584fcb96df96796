# from module import * binds what __all__ lists (or every public name).
from shapes import *

print(Square(2).area(), Circle(1).area())
print(sorted(n for n in dir() if not n.startswith("__")))

from greet import *
print(greet("star"), GREETING)

# What a module object looks like.
import greet as g
import shapes
print(g)
print(shapes)
print(shapes.base)
import sys
print(sys.modules["__main__"])
print(__doc__)
