# split() divides a group into (matching, rest); subgroup() keeps the matching part.
eg = ExceptionGroup("root", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("branch", [ValueError(3), KeyError(4)]),
])

match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest: ", repr(rest))

# The tree shape is preserved; empty branches disappear.
print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(OSError)))          # nothing matches: None

# A tuple of types.
print(repr(eg.subgroup((TypeError, KeyError))))

# A predicate sees every exception, groups included.
seen = []
def spy(e):
    seen.append(type(e).__name__)
    return isinstance(e, ValueError) and e.args[0] > 1
print(repr(eg.subgroup(spy)))
print("visited:", seen)

# When everything matches, the group itself comes back.
print(eg.subgroup(Exception) is eg)
m, r = eg.split(lambda e: True)
print(m is eg, r)

# When nothing matches: (None, the group rebuilt).
m, r = eg.split(ZeroDivisionError)
print(m, repr(r), r is eg)

# Parts keep __cause__, __context__ and copies of __notes__.
try:
    try:
        raise OSError("disk")
    except OSError as err:
        raise ExceptionGroup("with context", [ValueError("a"), TypeError("b")]) from err
except ExceptionGroup as caught:
    caught.add_note("a note")
    v, t = caught.split(ValueError)
    print(repr(v.__cause__), repr(t.__cause__), v.__suppress_context__)
    print(v.__notes__, t.__notes__, v.__notes__ is caught.__notes__)
    v.add_note("only on v")
    print(caught.__notes__, v.__notes__)

# derive() builds a plain group with the same message.
d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d))
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
