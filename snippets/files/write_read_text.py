# Writing a text file, then reading it back in several ways.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "poem.txt")

    # "w" creates (or empties) the file; write returns the number of characters.
    with open(path, "w") as f:
        print(f.write("Roses are red\n"))
        f.write("Violets are blue\n")
        f.writelines(["Sugar is sweet\n", "And so are you\n"])

    # read() gives the whole text.
    with open(path) as f:
        text = f.read()
    print(repr(text))
    print(len(text.splitlines()), "lines")

    # Iterating a file gives one line at a time, newline included.
    with open(path) as f:
        for number, line in enumerate(f, 1):
            print(number, line.rstrip())

    # readline() and readlines().
    with open(path) as f:
        print(repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))  # '' at the end of the file

    # read(n) reads at most n characters.
    with open(path) as f:
        print(repr(f.read(5)), repr(f.read(4)))

    # "a" appends.
    with open(path, "a") as f:
        f.write("-- anonymous\n")
    with open(path) as f:
        print(f.readlines()[-1], end="")
