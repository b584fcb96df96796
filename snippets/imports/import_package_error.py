# An error raised while an imported module runs: the import fails, and the
# module is not left half-initialised in sys.modules.
import sys

try:
    import shapes.solid.broken
except ZeroDivisionError as e:
    print("import failed:", e)
print("shapes.solid.broken" in sys.modules, "shapes.solid" in sys.modules)

# Relative imports need a package.
try:
    from . import greet
except ImportError as e:
    print(type(e).__name__, e)

# The second attempt runs the module again, and fails again, uncaught.
from shapes.solid import broken
