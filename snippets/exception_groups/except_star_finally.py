# finally runs after except* clauses, whether or not something is left over.
def run(excs):
    try:
        try:
            raise ExceptionGroup("batch", excs)
        except* ValueError as eg:
            print("  values:", [str(e) for e in eg.exceptions])
        else:
            print("  no error")
        finally:
            print("  finally")
    except ExceptionGroup as rest:
        print("  escaped:", repr(rest))

print("only values")
run([ValueError("a"), ValueError("b")])
print("values and others")
run([ValueError("a"), OSError("b")])

def no_error():
    try:
        pass
    except* Exception:
        print("never")
    else:
        print("else branch")
    finally:
        print("finally branch")

no_error()

# Loops inside the clause may use break and continue.
try:
    raise ExceptionGroup("loop", [ValueError(i) for i in range(5)])
except* ValueError as eg:
    for e in eg.exceptions:
        if e.args[0] == 1:
            continue
        if e.args[0] == 3:
            break
        print("value", e.args[0])

# A function defined inside the clause may return.
try:
    raise ExceptionGroup("fn", [TypeError("t")])
except* TypeError as eg:
    def first(g):
        return g.exceptions[0]
    print("first:", repr(first(eg)))
