# Slice assignment and deletion on a bytearray.

def show(label, buf):
    print(f"{label:28} {buf}")

buf = bytearray(b"0123456789")
buf[2:5] = b"abc"
show("same size", buf)
buf[2:5] = b"X"
show("shrink", buf)
buf[2:3] = b"<long>"
show("grow", buf)
buf[:0] = b"^"
show("insert at start", buf)
buf[len(buf):] = b"$"
show("append via slice", buf)
buf[5:5] = [33, 34]
show("insert a list of ints", buf)
buf[1:4] = range(97, 100)
show("from a range", buf)
buf[:] = buf[::-1]
show("reverse through a copy", buf)

# Extended slices need exactly as many bytes as they select...
grid = bytearray(b"abcdefgh")
grid[::2] = b"1234"
show("every other", grid)
grid[::-3] = b"XYZ"
show("backwards step 3", grid)
# ...or none at all, which deletes them.
grid[1::2] = b""
show("empty extended slice", grid)

# del with slices.
nums = bytearray(range(10))
del nums[:2]
print(list(nums))
del nums[::3]
print(list(nums))
del nums[-2:]
print(list(nums))
del nums[::-2]
print(list(nums))

# A bytearray can be assigned to a slice of itself.
twice = bytearray(b"ab")
twice[1:1] = twice
print(twice)

# What goes wrong.
for value in [b"123", "str", 5, None, [1, 256], ["a"], 3.0]:
    try:
        grid2 = bytearray(b"abcdef")
        grid2[::2] = value
        print(grid2)
    except Exception as e:
        print(type(e).__name__ + ":", e)

try:
    grid[::0] = b""
except ValueError as e:
    print("ValueError:", e)
try:
    del grid[100]
except IndexError as e:
    print("IndexError:", e)
