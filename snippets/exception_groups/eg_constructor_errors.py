# The checks BaseExceptionGroup.__new__ makes, with CPython's messages.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", repr(g))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("int as exceptions", lambda: ExceptionGroup("m", 5))
attempt("set as exceptions", lambda: ExceptionGroup("m", {ValueError()}))
attempt("None as exceptions", lambda: ExceptionGroup("m", None))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("non-exception item", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("a string is a sequence", lambda: ExceptionGroup("m", "ab"))
attempt("a range is a sequence", lambda: ExceptionGroup("m", range(2)))
attempt("exception class, not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("message not a str", lambda: ExceptionGroup(5, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("no arguments", lambda: ExceptionGroup())
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BaseException in BaseExceptionGroup", lambda: BaseExceptionGroup("m", [SystemExit(1)]))

class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

attempt("BaseException in subclass", lambda: MyGroup("m", [GeneratorExit()]))
attempt("BaseException in base subclass", lambda: MyBaseGroup("m", [GeneratorExit()]))
attempt("base subclass keeps its type", lambda: MyBaseGroup("m", [ValueError()]))

# split, subgroup and derive check their arguments too.
eg = ExceptionGroup("m", [ValueError(1)])
attempt("split(3)", lambda: eg.split(3))
attempt("split(int)", lambda: eg.split(int))
attempt("split((ValueError, 3))", lambda: eg.split((ValueError, 3)))
attempt("split()", lambda: eg.split())
attempt("subgroup(1, 2)", lambda: eg.subgroup(1, 2))
attempt("derive()", lambda: eg.derive())
attempt("derive([])", lambda: eg.derive([]))

# The error can also end the program.
ExceptionGroup("no exceptions", [])
