# Newlines: reading translates \r\n and \r to \n (universal newlines);
# newline="" keeps them; on write, newline= chooses what \n becomes.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mixed.txt")
    with open(path, "wb") as f:
        f.write(b"unix\nwindows\r\nold mac\rlast")

    with open(path) as f:
        print(f.readlines())
    with open(path, newline="") as f:
        print(f.readlines())
    with open(path, newline="\r\n") as f:
        print(f.readlines())
    with open(path, newline="\r") as f:
        print(f.readlines())
    with open(path) as f:
        print(repr(f.read()))

    for newline in [None, "", "\n", "\r\n", "\r"]:
        with open(path, "w", newline=newline) as f:
            f.write("a\nb\n")
        with open(path, "rb") as f:
            print(repr(newline), f.read())

    try:
        open(path, newline="x")
    except ValueError as e:
        print(type(e).__name__, e)
