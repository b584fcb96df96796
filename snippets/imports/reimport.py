# A module runs once; sys.modules remembers it. Deleting it from
# sys.modules, or importlib.reload, runs it again.
import importlib
import sys

import greet
import greet
greet.calls = 10

del sys.modules["greet"]
import greet  # runs again: a fresh module
print(greet.calls)

greet.calls = 5
importlib.reload(greet)  # runs again in the same module object
print(greet.calls)

# Whatever is in sys.modules is what import gives.
sys.modules["fake_config"] = greet
import fake_config
print(fake_config is greet)

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
