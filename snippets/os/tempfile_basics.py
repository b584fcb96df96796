# tempfile: files and folders that clean up after themselves.
import os
import tempfile

print(tempfile.gettempdir())

with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp), os.path.dirname(tmp) == tempfile.gettempdir())
    print(os.path.basename(tmp).startswith("tmp"))
    with open(os.path.join(tmp, "scratch.txt"), "w") as f:
        f.write("scratch")
    print(os.listdir(tmp))
print("after the with:", os.path.exists(tmp))

# A NamedTemporaryFile has a name and is deleted when closed.
with tempfile.NamedTemporaryFile("w+", suffix=".csv", prefix="data_") as f:
    f.write("a,b\n1,2\n")
    f.seek(0)
    print(f.read(), end="")
    name = f.name
    print(os.path.basename(name).startswith("data_"), name.endswith(".csv"), os.path.exists(name))
print(os.path.exists(name))

# Binary by default.
with tempfile.TemporaryFile() as f:
    f.write(b"bytes only")
    f.seek(0)
    print(f.read())

# mkdtemp leaves the cleaning to you.
d = tempfile.mkdtemp(prefix="work_")
print(os.path.isdir(d), os.path.basename(d).startswith("work_"))
os.rmdir(d)

td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
