# Nested groups print nested boxes; the tree is cut at depth 10 and
# at 15 sub-exceptions per group.
def deep(n):
    eg = ExceptionGroup("leaf group", [ValueError(n)])
    for i in range(n):
        eg = ExceptionGroup(f"level {i}", [eg])
    return eg

wide = ExceptionGroup("wide", [KeyError(i) for i in range(18)])
one_more = ExceptionGroup("sixteen", [IndexError(i) for i in range(16)])

def fail():
    raise ExceptionGroup("top", [
        TypeError("plain"),
        ExceptionGroup("middle", [OSError("io"), ExceptionGroup("bottom", [ZeroDivisionError("zero")])]),
        deep(11),
        wide,
        one_more,
    ])

fail()
