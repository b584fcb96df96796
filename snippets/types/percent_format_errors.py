# % formatting errors
tests = [
    ("%s %s", (1,)), ("%s", (1, 2)), ("hello", 5), ("%d", "s"), ("%x", 1.5), ("%f", "s"), ("%c", "ab"),
    ("%c", 0x110000), ("%(a)s", 5), ("%(a)s", (1,)), ("%(a)s", {}), ("%*d", ("a", 1)), ("%y", 1), ("%", ()),
    ("%(a", {}), ("%s %(a)s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%d", None), ("%.*f", (1.5, 2.0)),
]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
