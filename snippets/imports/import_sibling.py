# Importing a module that sits next to the script.
import greet

print(greet.greet("Ada"))
print(greet.GREETING, greet.calls)

# A second import does not run the module again: it is cached.
import greet as g2
print(g2 is greet)

import sys
print("greet" in sys.modules, sys.modules["greet"] is greet)
print(__name__, greet.__name__)
print(greet.__file__.endswith("greet.py"))
print(greet.__doc__)

# from-import binds names from the module.
from greet import greet as hello, GREETING
print(hello("Grace"), GREETING)
print(greet.calls)
