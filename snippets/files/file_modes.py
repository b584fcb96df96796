# The mode letters of open(): r w a x + b t.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")

    # "x" creates a new file and fails if it exists.
    with open(path, "x") as f:
        f.write("first\n")
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)

    # "w" truncates.
    with open(path, "w") as f:
        f.write("one\ntwo\nthree\n")

    # "r+" reads and writes without truncating.
    with open(path, "r+") as f:
        print(repr(f.read(3)))
        f.seek(0)
        f.write("ONE")
    with open(path) as f:
        print(repr(f.read()))

    # "w+" truncates, then allows reading back what was written.
    with open(path, "w+") as f:
        f.write("fresh")
        f.seek(0)
        print(repr(f.read()))

    # "a+" appends; the position starts at the end.
    with open(path, "a+") as f:
        f.write(" start")
        f.seek(0)
        print(repr(f.read()))

    # The mode is kept as given.
    for mode in ["r", "rt", "r+", "a", "rb", "r+b", "ab"]:
        with open(path, mode) as f:
            print(mode, "->", f.mode, type(f).__name__)

    # Bad modes.
    for mode in ["rw", "z", "rr", "bt", "+"]:
        try:
            open(path, mode)
        except ValueError as e:
            print(repr(mode), type(e).__name__, e)

# Bad calls of open() itself.
for call in [lambda: open(), lambda: open("x", bogus=1), lambda: open("x", 5),
             lambda: open("x", "r", 1, None, None, None, True, None, 0)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
