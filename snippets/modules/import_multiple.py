import time, inspect
import sys as system
print(type(time), type(inspect), time.__name__, inspect.__name__)
import sys
print(system.__name__, system is sys)
print(__name__)
