# Modules are objects: their repr says where they come from.
from __future__ import annotations  # a module like any other

import os
import sys

import greet

print(os)
print(os.path)
print(sys)
print(greet)
print(type(greet).__name__, greet.__name__, greet.__package__ == "")
print(sorted(k for k in vars(greet) if not k.startswith("__")))

# Attributes can be added to a module at run time.
greet.extra = 1
print(greet.extra)
try:
    greet.missing
except AttributeError as e:
    print(type(e).__name__, e)


import __future__
print(__future__.annotations.mandatory)
