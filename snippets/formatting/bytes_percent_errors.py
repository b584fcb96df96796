# bytes % formatting refuses text and reports errors in bytes terms.
cases = [
    (b"%s", "text"),
    (b"%s", 5),
    (b"%b", [1]),
    (b"%c", 256),
    (b"%c", "a"),
    (b"%c", b"ab"),
    (b"%d", b"1"),
    (b"%f", "1.5"),
    (b"%x", 1.5),
    (b"%s %s", (b"x",)),
    (b"%s", (b"x", b"y")),
    (b"no fields", 1),
    (b"%(k)s", {"k": b"str key"}),
    (b"%y", 1),
    (b"%", ()),
]
for template, args in cases:
    try:
        print(template % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(f"{template!r:<14} {type(e).__name__}: {e}")


class NotBytes:
    def __bytes__(self):
        return "not bytes"


try:
    b"%s" % NotBytes()
except TypeError as e:
    print("TypeError:", e)
