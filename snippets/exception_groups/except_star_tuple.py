# except* with a tuple of types catches any of them in one clause.
try:
    raise ExceptionGroup("mixed", [ValueError("v"), TypeError("t"), KeyError("k")])
except* (ValueError, TypeError) as eg:
    print("value or type:", repr(eg))
except* LookupError as eg:
    print("lookup:", repr(eg))

# Subclasses match their base class.
class AppError(Exception):
    pass

class DbError(AppError):
    pass

try:
    raise ExceptionGroup("app", [DbError("db down"), AppError("generic"), RuntimeError("rt")])
except* AppError as eg:
    for e in eg.exceptions:
        print("app error:", type(e).__name__, e)
except* RuntimeError as eg:
    print("runtime:", eg.exceptions)

# Catching an exception group type with except* is a TypeError.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

# Types must be exception classes.
try:
    try:
        raise ValueError(1)
    except* int:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
