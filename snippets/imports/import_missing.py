# Importing something that does not exist.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print("name:", e.name)

# ModuleNotFoundError is a kind of ImportError.
try:
    import another_missing_one
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)

# A name the module does not define.
try:
    from greet import farewell
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# A module is not a package.
try:
    import greet.sub
except ModuleNotFoundError as e:
    print(e)

# A failed import leaves nothing behind.
import sys
print("no_such_module" in sys.modules)

import missing_helpers
