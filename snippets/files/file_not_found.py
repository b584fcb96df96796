# Opening a file that does not exist: the errno, message and file name.
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__)
    print(e)
    print(e.errno, e.strerror, e.filename)
    print(e.args)
    print(isinstance(e, OSError))

# OSError(errno, ...) builds the matching subclass.
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e)
print(type(OSError(13, "Permission denied")).__name__)
print(type(OSError(17, "File exists")).__name__)
print(type(OSError(21, "Is a directory")).__name__)
print(type(OSError(99, "Other")).__name__, OSError("plain message"))

# The error when the file is missing is uncaught here.
with open("missing/data.csv") as f:
    print(f.read())
