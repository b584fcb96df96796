# io.StringIO and io.BytesIO: files in memory.
import io

buf = io.StringIO()
buf.write("first line\n")
print("second line", file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))

# Reading starts where the position is: seek back first.
print(repr(buf.read()))
buf.seek(0)
print(buf.readline(), end="")
print(list(buf))

# An initial value is read from the start.
src = io.StringIO("alpha\nbeta\ngamma")
for line in src:
    print(line.rstrip())
src.seek(0)
print(src.read(5), src.tell())
print(src.readlines())

# Writing in the middle overwrites.
s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(s.getvalue())
s.truncate(5)
print(s.getvalue())

b = io.BytesIO(b"binary\ndata")
print(b.read(3), b.readline(), b.read())
b.write(b"!!")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read())

s.close()
try:
    s.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
with io.StringIO("context") as t:
    print(t.read())
print(t.closed)
