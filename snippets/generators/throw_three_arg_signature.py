# throw() accepts the old (type, value, traceback) signature as well as a
# single exception. Python 3.11 still accepts it silently (3.12 deprecates it).
import warnings

warnings.simplefilter("error")  # any warning would now be an exception


def listener():
    while True:
        try:
            yield
        except ValueError as e:
            print("listener caught", repr(e))


g = listener()
next(g)
g.throw(ValueError("single argument"))        # preferred form
g.throw(ValueError, ValueError("instance"))   # type plus instance
g.throw(ValueError, "just a message")         # type plus constructor argument
g.throw(ValueError, ("a", "b"))               # a tuple is unpacked into the arguments
g.throw(ValueError, None, None)               # explicit empty value and traceback

# Mixing an instance with a separate value is rejected.
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)

# The traceback argument must be a traceback or None.
try:
    g.throw(ValueError, "x", "not a traceback")
except TypeError as e:
    print(type(e).__name__, e)

# Coroutines take the same forms.
async def job():
    pass


c = job()
try:
    c.throw(KeyError, KeyError("missing"))
except KeyError as e:
    print("coroutine raised", repr(e))

# Something that is not an exception at all.
g.throw(42)
