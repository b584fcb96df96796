"""Importing modules whose names are only known at run time."""
import importlib

for name in ["greet", "shapes.base", "json"]:
    module = importlib.import_module(name)
    print(name, "->", module.__name__)

base = importlib.import_module(".base", package="shapes")
print(base.PI)

try:
    importlib.import_module("not_a_real_module")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

print(__doc__)

# __import__ is what the import statement calls.
m = __import__("greet")
print(m.GREETING)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
print(__import__("shapes.solid", fromlist=["cube_volume"]).cube_volume(2))
