# Positions in a file: tell(), seek(), truncate().
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "numbers.txt")
    with open(path, "w") as f:
        for i in range(5):
            f.write(f"line {i}\n")
        print("written up to", f.tell())

    with open(path) as f:
        print(f.tell(), repr(f.readline()), f.tell())
        start = f.tell()
        f.readline()
        f.seek(start)  # back to a place tell() gave
        print(repr(f.readline()))
        print(f.seek(0, 2))  # the end
        print(repr(f.read()))
        f.seek(0)
        print(repr(f.read(6)))
        # Text files only seek relative to the start.
        try:
            f.seek(3, 1)
        except OSError as e:
            print(type(e).__name__, e)

    with open(path, "r+") as f:
        f.truncate(14)
        print(repr(f.read()))

    with open(path, "a") as f:
        print(f.truncate(7))
    with open(path) as f:
        print(repr(f.read()))
    print(os.path.getsize(path))
