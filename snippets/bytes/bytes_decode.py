# Turning bytes into text with decode(), and the error handlers.

raw = "Grüße, 世界".encode("utf-8")
print(raw)
print(len(raw), len(raw.decode()))
print(raw.decode("utf-8"))
print(raw.decode("latin-1"))

# Undecodable bytes: the error handler decides.
bad = b"ok \xff\xfe end"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(bad.decode("utf-8", errors)))
print(repr(bad.decode("ascii", errors="replace")))

try:
    bad.decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# A multi-byte character cut short.
try:
    "€".encode()[:2].decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

try:
    b"caf\xc3\xa9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# Encoding names are flexible about case and punctuation.
print(b"abc".decode("UTF8"), b"abc".decode("Latin_1"), b"abc".decode(encoding="ASCII"))

for call in [
    lambda: b"abc".decode("klingon"),
    lambda: b"\xff".decode("utf-8", "shrug"),
    lambda: b"abc".decode(8),
    lambda: b"abc".decode("utf-8", "strict", "extra"),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# bytearray decodes the same way.
print(bytearray("añb", "utf-8").decode())
