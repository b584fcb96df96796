# what happens when a character has no encoding in the target codec
text = "Zoë paid €20 for 🍕"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors.ljust(18), text.encode("ascii", errors))
print("latin-1".ljust(18), text.encode("latin-1", "replace"))

# the default 'strict' raises UnicodeEncodeError with the position
for codec, s in [("ascii", "Zoë"), ("ascii", "€€ and more"), ("latin-1", "price: €5"), ("ascii", "🍕")]:
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

# decoding errors are reported the same way
bad = b"caf\xe9 \xff\xfe"
for errors in ["ignore", "replace", "backslashreplace"]:
    print(errors, repr(bad.decode("utf-8", errors)))
for codec, raw in [("utf-8", bad), ("ascii", b"ok\x80"), ("utf-8", b"\xe2\x82"), ("utf-16-le", b"a\x00b")]:
    try:
        raw.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

# an unknown handler name only matters when an error actually happens
print("plain".encode("ascii", "no-such-handler"))
try:
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)

# UnicodeEncodeError is a ValueError
try:
    "€".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)

# the exception carries the details: codec, text, span and reason
try:
    "Zoë and Chloë".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print("offending text:", repr(e.object[e.start:e.end]))
try:
    b"ok \xff\xfe end".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
