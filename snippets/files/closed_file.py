# Using a file after it was closed.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "log.txt")
    with open(path, "w") as f:
        f.write("entry\n")
    print(f.closed)
    attempts = {
        "write": lambda: f.write("more"),
        "read": f.read,
        "readline": f.readline,
        "tell": f.tell,
        "flush": f.flush,
    }
    for name, action in attempts.items():
        try:
            action()
        except ValueError as e:
            print(name, type(e).__name__, e)
    try:
        for line in f:
            pass
    except ValueError as e:
        print("iterating:", e)
    try:
        with f:
            pass
    except ValueError as e:
        print("with:", e)

    g = open(path)
    g.close()
    print(g.read())
