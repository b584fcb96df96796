# Circular imports: two modules importing each other work as long as the
# names are used later (inside functions), not while the modules load.
from cycle import first, second

print(first.hello())
print(second.early())

# Using a name of a module that is still loading fails.
try:
    import cycle.attr_early
except AttributeError as e:
    print(type(e).__name__, e)

# from-import of such a name fails with an ImportError.
import cycle.eager
