# A text file is a TextIOWrapper (decoding) over a buffered binary file
# over a raw FileIO; the layers can be used directly.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("layers.txt", "w", encoding="utf-8") as f:
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(f.buffer)
        print(f.buffer.raw)
        f.write("naïve\n")
    with open("layers.txt", "rb") as f:
        print(f.read())
    with open("layers.txt", "rb", buffering=0) as f:
        print(f, f.read(3))
    os.chdir("/")

# A TextIOWrapper can wrap bytes in memory, too.
text = io.TextIOWrapper(io.BytesIO("héllo\r\nwörld\n".encode("utf-8")), encoding="utf-8")
print(text)
print(list(text))

out = io.TextIOWrapper(io.BytesIO(), encoding="utf-16-le", newline="\r\n")
out.write("hi\n")
out.flush()
print(out.buffer.getvalue())
