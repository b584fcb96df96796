# Encodings: the text of a file is stored as bytes in some encoding.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "cafe.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("café ☕\n")
    with open(path, "rb") as f:
        print(f.read())

    with open(path, "w", encoding="latin-1") as f:
        f.write("café\n")
    with open(path, "rb") as f:
        print(f.read())

    # Reading Latin-1 bytes as UTF-8 fails...
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

    # ...unless errors= says what to do.
    with open(path, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8", errors="ignore") as f:
        print(repr(f.read()))
    with open(path, encoding="latin-1") as f:
        print(repr(f.read()), f.encoding)

    # Characters the encoding cannot store.
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(path, "w", encoding="ascii", errors="replace") as f:
        f.write("naïve")
    with open(path) as f:
        print(f.read(), f.encoding, f.errors)

# An unknown encoding is refused when the file is opened.
try:
    open("encodings.py", encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)

# utf-8-sig writes (and skips) a byte order mark.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "bom.txt")
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write("with BOM")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8-sig") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
