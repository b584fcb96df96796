# encode turns text into bytes; UTF-8 is the default
text = "naïve café €5 𝄞"
data = text.encode()
print(data, len(text), len(data))
print(data.decode() == text)

# other codecs
print("abc".encode("ascii"))
print("café".encode("latin-1"))
print("hi€".encode("utf-16"))       # little-endian with a byte order mark
print("hi€".encode("utf-16-le"))    # no BOM
print("hi€".encode("utf-16-be"))
print("A𝄞".encode("utf-32"))
print("A𝄞".encode("utf-32-be"))
print("A𝄞".encode("utf-16-be"))     # surrogate pair for the clef

# utf-8-sig writes a BOM first and skips it when reading
print("hi".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))

# codec names are case- and dash-insensitive
print("x".encode("UTF8"), "x".encode("Latin_1"), "x".encode(encoding="U16"))

# decoding back, with BOM detection
for enc in ["utf-8", "utf-16", "utf-32", "utf-16-be", "latin-1"]:
    raw = "Grüße".encode(enc)
    print(enc, len(raw), raw.decode(enc))
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\xff\xfeh\x00i\x00".decode("utf-16"))

# str(bytes, encoding, errors) decodes too; str(bytes) alone is the repr
raw = "Grüße".encode()
print(str(raw, "utf-8"), str(raw, encoding="latin-1"), str(raw))
print(str(b"abc", "ascii", "strict"), str(bytearray(b"xyz"), "utf-8"))

for call in (lambda: "x".encode("rot13x"), lambda: str(b"x", "nope")):
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)
for call in (lambda: str("already text", "utf-8"), lambda: str(42, "utf-8"),
             lambda: "x".encode(8), lambda: str(b"x", "utf-8", 1), lambda: str(b"x", bogus=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
