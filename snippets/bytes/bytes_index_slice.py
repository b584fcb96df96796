# Indexing bytes gives ints; slicing gives bytes.

data = b"hello world"
print(data[0], data[-1], data[4])
print(chr(data[0]), data[0] == ord("h"))

# Slices keep the type.
print(data[0:5], data[6:], data[:-6])
print(data[::2], data[1::2])
print(data[::-1])
print(data[8:2:-2])
print(data[100:], data[-100:3])

arr = bytearray(b"abcdef")
print(arr[1], arr[2:4], arr[::-1])

# A one-byte slice is not the same as an index.
print(data[0:1], data[0])
print(data[0:1] == b"h", data[0] == b"h")

# Out of range and wrong index types.
for key in [11, -12, "1", 1.0]:
    try:
        print(data[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for key in [6, "x"]:
    try:
        print(arr[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)

# Iterating yields ints too.
for i, byte in enumerate(b"AZ"):
    print(i, byte, hex(byte))
print(list(b"\x01\x02\x03"), list(reversed(b"abc")))
print(sum(b"\x01\x02\x03"), max(b"hello"), min(b"hello"))
print(sorted(b"banana"), bytes(sorted(b"banana")))
