# Raising inside an except* clause: the new exception is chained to the
# matched group and collected with the rest into a new ExceptionGroup.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print("  part:", repr(sub))
    print("context of KeyError:", repr(e.exceptions[0].__context__))

# Only raised exceptions, nothing left over: a single one is raised as is
# when the original was a naked exception.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise RuntimeError("converted")
except RuntimeError as e:
    print("plain:", repr(e), "context:", repr(e.__context__))

# A bare raise keeps the structure of the original group.
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("nested", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# Raise in one clause, re-raise in another.
try:
    try:
        raise ExceptionGroup("both", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise NameError("new")
except ExceptionGroup as e:
    print("combined:", repr(e))

# Uncaught: the traceback shows the new group with the chained group.
try:
    raise ExceptionGroup("first", [ValueError("a"), TypeError("b")])
except* ValueError:
    raise RuntimeError("handler failed")
