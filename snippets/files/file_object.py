# What a file object knows about itself.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("notes.txt", "w") as f:
        print(f)
        print(f.name, f.mode, f.encoding, f.closed)
        print(f.readable(), f.writable(), f.seekable())
        print(type(f))
    print(f.closed)
    f = open("notes.txt", "rb")
    print(f)
    print(f.name, f.mode, f.closed)
    f.close()
    f.close()  # closing twice is fine
    print(f.closed)
    with open("notes.txt", "r+b") as f:
        print(f)
    with open("notes.txt", "wb", buffering=0) as f:
        print(f)
    with open("notes.txt", encoding="utf-8") as f:
        print(f)
    with open(os.path.join(tmp, "notes.txt")) as f:
        print(f.name == os.path.join(tmp, "notes.txt"))
    os.chdir("/")
