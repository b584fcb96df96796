# Every bad format spec raises ValueError with a precise message.
cases = [
    (1.5, "d"), (42, "s"), ("text", "d"), (1.5, "x"),
    (1, ".f"), (1.5, ".f"),
    ("s", ",s"), ("s", "_"), (42, ",c"), (42, "_c"), (42, ",b"), (1.5, ",_"), (1, "_,"),
    ("s", "+"), ("s", " "), ("s", "#"), ("s", "="), ("s", "z"),
    (42, ".2"), (42, ".2d"), (42, "z"), (42, "+c"), (42, "#c"),
    (-1, "c"), (0x110000, "c"),
    (1.5, "10.2q"), (1.5, "abc"), (1, "%Y"),
    (1, "99999999999999999999"),
]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(f"{value!r:>9} {spec!r:<24} {type(e).__name__}: {e}")
