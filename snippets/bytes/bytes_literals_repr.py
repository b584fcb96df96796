# How bytes literals are written and how repr() shows them back.

# Printable ASCII shows as itself; other bytes as escapes.
print(b"plain text")
print(b"\x00\x01\x7f\x80\xff")
print(b"tab\tnewline\nreturn\r backslash\\")
print(b"\a\b\f\v")
print(b"\0\01\012\101")

# Raw literals keep backslashes.
print(rb"\n is two bytes", len(rb"\n"))
print(br"C:\path\to\file")

# Adjacent literals are joined.
print(b"con" b"cat" b"enated")

# repr() picks single quotes unless the data has a single quote and no
# double quote.
print(repr(b"it's"))
print(repr(b'say "hi"'))
print(repr(b"both ' and \""))

# A bytearray's repr wraps the bytes repr; it escapes single quotes even
# when using double quotes.
print(repr(bytearray(b"it's")))
print(repr(bytearray(b'say "hi"')))
print(repr(bytearray(b"both ' and \"")))

# str() of bytes is the same as repr().
print(str(b"abc"), str(bytearray(b"xyz")))
print(f"{b'in an f-string'}", f"{b'x'!r}")

# All 256 byte values.
print(bytes(range(0, 256, 15)))
print(bytes(range(30, 40)))

# The literal types.
print(type(b""), type(bytearray()))
print(len(b"\xe2\x82\xac"), b"\xe2\x82\xac".decode())
