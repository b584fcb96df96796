# ExceptionGroup bundles several exceptions into one (PEP 654).
errors = [ValueError("bad value"), TypeError("bad type")]
eg = ExceptionGroup("several problems", errors)

print(repr(eg))
print(str(eg))                       # message plus the count
print(eg.message)
print(eg.exceptions)                 # always a tuple
print(eg.args)                       # the arguments as given (a list here)
print(type(eg).__name__, type(eg).__mro__)

one = ExceptionGroup("just one", (KeyError("k"),))
print(str(one), repr(one))

# Groups are exceptions: raise and catch them like any other.
try:
    raise eg
except ExceptionGroup as caught:
    print("caught:", caught is eg, len(caught.exceptions))

# BaseExceptionGroup picks ExceptionGroup when all members are Exceptions.
g = BaseExceptionGroup("plain members", [ValueError(1)])
print(type(g).__name__)
g = BaseExceptionGroup("base members", [ValueError(1), KeyboardInterrupt()])
print(type(g).__name__, isinstance(g, Exception))

# Groups nest.
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [OSError(2)])])
print(repr(nested))
print(nested.exceptions[1].exceptions)

# message and exceptions are read-only.
try:
    eg.message = "changed"
except AttributeError as e:
    print(type(e).__name__, e)

# Equality is identity, as for every exception.
print(eg == ExceptionGroup("several problems", errors), eg == eg)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception))
