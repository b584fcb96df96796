# % formatting checks its arguments and conversion characters.
cases = [
    ("%s %s", (1,)),
    ("%s", (1, 2)),
    ("no fields", 5),
    ("no fields", ()),
    ("%d", "12"),
    ("%i", None),
    ("%x", 1.5),
    ("%o", "8"),
    ("%f", "1.5"),
    ("%e", [1]),
    ("%c", "ab"),
    ("%c", 1.5),
    ("%c", -1),
    ("%c", 0x110000),
    ("%y", 1),
    ("abc %y", 1),
    ("%\n", 1),
    ("%", ()),
    ("%5", 1),
    ("%*d", ("5", 1)),
    ("%.*f", (1.5, 2.0)),
    ("%d", float("inf")),
    ("%d", float("nan")),
    ("%f", 10**400),
]
for template, args in cases:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{template!r:<10} {type(e).__name__}: {e}")
