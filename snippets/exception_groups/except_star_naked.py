# A plain exception caught by except* arrives wrapped in ExceptionGroup('', [e]).
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
    print("message is empty:", repr(eg.message))
    print("inner:", repr(eg.exceptions[0]))

# BaseExceptions are wrapped in a BaseExceptionGroup.
try:
    raise KeyboardInterrupt("ctrl-c")
except* KeyboardInterrupt as eg:
    print(type(eg).__name__, repr(eg))

# A naked exception that matches nothing propagates unchanged (not wrapped).
try:
    try:
        raise KeyError("missing")
    except* ValueError:
        print("never")
except KeyError as e:
    print("still a KeyError:", repr(e))

# Re-raising inside the clause re-raises the plain exception itself.
try:
    try:
        raise OSError("io")
    except* OSError:
        print("re-raising")
        raise
except OSError as e:
    print("got back:", type(e).__name__, e)
