# The errors str.format raises, with CPython's messages.
cases = [
    ("{} {}", (1,), {}),
    ("{1}", (1,), {}),
    ("{} {0}", (1, 2), {}),
    ("{0} {}", (1, 2), {}),
    ("}", (), {}),
    ("{", (), {}),
    ("a {0", (1,), {}),
    ("{0!x}", (1,), {}),
    ("{0!}", (1,), {}),
    ("{0!r", (1,), {}),
    ("{0!rs}", (1,), {}),
    ("{a}", (), {"b": 1}),
    ("{0[a]}", ({},), {}),
    ("{0[5]}", ([1],), {}),
    ("{0.nope}", (1,), {}),
    ("{0[}", ([1],), {}),
    ("{0.}", (1,), {}),
    ("{0[0]x}", ([1],), {}),
    ("{a{b}", (), {}),
    ("{:{:{}}}", (1, 2, 3), {}),
    ("{:d}", ("x",), {}),
    ("{0:{1}}", (1, "{"), {}),
    ("{} {", (), {}),
]
for template, args, kwargs in cases:
    try:
        print(repr(template.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(f"{template!r:<12} {type(e).__name__}: {e}")

for template in ["{}", "{0}", "{x}"]:
    try:
        print(template.format_map({"x": 1}))
    except ValueError as e:
        print(f"{template!r:<12} ValueError: {e}")
