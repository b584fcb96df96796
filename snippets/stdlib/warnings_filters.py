# Filters: simplefilter, filterwarnings, catch_warnings(record=True),
# and turning warnings into errors.
import warnings


def legacy():
    warnings.warn("legacy() will be removed", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy()
    legacy()
    warnings.warn("something else", UserWarning)
print(len(caught))
for w in caught:
    print(w.category.__name__, "|", w.message, "| line", w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print("nothing printed above")

warnings.filterwarnings("error", message="fatal", category=UserWarning)
try:
    warnings.warn("Fatal: disk almost full")   # the message regex is case-insensitive
except UserWarning as e:
    print("raised:", type(e).__name__, e)
warnings.warn("only a warning: fatal comes later")

warnings.simplefilter("once")
for _ in range(3):
    warnings.warn("printed once across locations")
    warnings.warn("printed once across locations")

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("no filters at all: the default action", DeprecationWarning)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        legacy()
    except DeprecationWarning as e:
        print("as an exception:", e)

warnings.simplefilter("error", RuntimeWarning)
warnings.warn("uncaught", RuntimeWarning)
