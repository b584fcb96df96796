# Binary mode: bytes in, bytes out, no decoding and no newline translation.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        print(f.write(bytes(range(10))))
        f.write(b"\r\nline\n")
    with open(path, "rb") as f:
        print(f.read(4))
        print(f.tell())
        f.seek(-3, 2)  # three bytes before the end
        print(f.read())
        f.seek(2)
        print(f.read(3), f.tell())
        f.seek(1, 1)  # relative to the current position
        print(f.read(2))
    with open(path, "rb") as f:
        print(f.read())
    print(os.path.getsize(path))

    # Lines of a binary file end at b"\n".
    with open(path, "rb") as f:
        print(list(f))

    # Text and bytes do not mix.
    with open(path, "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print(type(e).__name__, e)
    with open(path, "w") as f:
        try:
            f.write(b"bytes")
        except TypeError as e:
            print(type(e).__name__, e)

    # Binary mode takes no encoding.
    try:
        open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(path, "wb", newline="")
    except ValueError as e:
        print(type(e).__name__, e)
