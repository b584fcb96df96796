# The OSError subclasses the file system raises.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("folder")
    with open("file.txt", "w") as f:
        f.write("x")

    attempts = [
        ("open a folder", lambda: open("folder")),
        ("mkdir existing", lambda: os.mkdir("folder")),
        ("remove missing", lambda: os.remove("missing.txt")),
        ("rmdir a file", lambda: os.rmdir("file.txt")),
        ("listdir a file", lambda: os.listdir("file.txt")),
        ("remove a folder", lambda: os.remove("folder")),
        ("rename missing", lambda: os.rename("missing.txt", "new.txt")),
        ("open in a file", lambda: open("file.txt/inner", "w")),
    ]
    for what, action in attempts:
        try:
            action()
        except OSError as e:
            print(f"{what}: {type(e).__name__}: {e}")
            print("   ", e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2))

    # Catching the parent class catches all of them.
    try:
        os.rmdir("missing")
    except OSError as e:
        print("caught as OSError:", type(e).__name__)
    os.chdir("/")
