# Sizes and positions too large for a machine-sized integer.

huge = 10**20

def attempt(label, func):
    try:
        result = func()
    except (OverflowError, MemoryError, IndexError, ValueError) as e:
        print(f"{label:24} {type(e).__name__}: {e}")
    else:
        print(f"{label:24} {result!r}")

# Slices and search bounds are clamped, so huge values are fine there.
attempt("slice from huge", lambda: b"abc"[huge:])
attempt("slice to -huge", lambda: b"abc"[:-huge])
attempt("find from -huge", lambda: b"abc".find(b"c", -huge))
attempt("count to huge", lambda: b"abcabc".count(b"c", 0, huge))

# Indexes, counts and widths must fit in a machine word.
attempt("index huge", lambda: b"abc"[huge])
attempt("bytes(huge)", lambda: bytes(huge))
attempt("repeat huge", lambda: b"ab" * huge)
attempt("pop(huge)", lambda: bytearray(b"abc").pop(huge))
attempt("insert(huge)", lambda: bytearray(b"abc").insert(huge, 0))
attempt("center(huge)", lambda: b"abc".center(huge))
attempt("zfill(huge)", lambda: b"7".zfill(huge))
attempt("replace count huge", lambda: b"aaa".replace(b"a", b"b", huge))
attempt("split maxsplit huge", lambda: b"a b".split(None, huge))
attempt("expandtabs(huge)", lambda: b"a\tb".expandtabs(huge))
attempt("hex(sep, huge)", lambda: b"ab".hex(":", huge))

# Values that fit but would need absurd amounts of memory.
attempt("repeat 2**62", lambda: b"ab" * 2**62)
attempt("bytes(2**62)", lambda: bytes(2**62))
attempt("ljust(2**62)", lambda: b"ab".ljust(2**62))

# Byte values are checked against range(0, 256).
attempt("bytes([huge])", lambda: bytes([huge]))
attempt("append(huge)", lambda: bytearray().append(huge))
attempt("huge in bytes", lambda: huge in b"abc")
