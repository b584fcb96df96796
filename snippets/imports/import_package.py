# A package folder with __init__.py, submodules and relative imports.
import shapes

print(shapes.Square(3).describe())
print(shapes.Circle(1).describe())
print(shapes.__all__)

# Submodules are attributes of the package once imported.
print(shapes.square.Square is shapes.Square)
print(shapes.__name__, shapes.square.__name__, shapes.square.__package__)

# from package.sub import name
from shapes.base import PI, Shape
print(PI, Shape.__name__)

# A nested package, imported with a dotted name.
import shapes.solid
print(shapes.solid.cube_volume(2))

from shapes.solid import cube_volume
print(cube_volume(3))

# from package import submodule
from shapes import circle
print(circle.Circle(2).area())

import sys
print(sorted(name for name in sys.modules if name.startswith("shapes")))

# Importing again does not print "initialising" again.
import shapes as again
print(again is shapes)
