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
