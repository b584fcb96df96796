# A bytearray is a mutable bytes: items can be replaced, added and removed.

buf = bytearray(b"hello")
buf[0] = ord("j")
print(buf)
buf[-1] = 0x21
print(buf)

buf.append(ord("?"))
buf.extend(b" ok")
buf.extend([32, 33])
buf.extend(range(49, 52))
print(buf)

buf.insert(0, ord(">"))
buf.insert(-1, ord("_"))
buf.insert(1000, ord("$"))
print(buf)

print(buf.pop(), buf.pop(0), buf.pop(-2))
print(buf)
buf.remove(ord(" "))
print(buf)

del buf[0]
del buf[-1]
print(buf)

# Augmented assignment works in place: other names see the change.
alias = buf
buf += b"++"
buf *= 2
print(alias is buf, alias)

# Item updates with arithmetic.
counts = bytearray(4)
for b in b"\x00\x01\x01\x03\x03\x03":
    counts[b] += 1
print(counts, list(counts))

# Iterating sees changes made during the loop.
grow = bytearray(b"ab")
seen = []
for b in grow:
    seen.append(b)
    if b == ord("a"):
        grow.append(ord("z"))
print(seen, grow)

# What may not go in.
for call in [
    lambda: buf.append(256),
    lambda: buf.append(b"x"),
    lambda: buf.extend("text"),
    lambda: buf.extend(12),
    lambda: buf.extend([1, 2, 300]),
    lambda: buf.insert(0, -1),
    lambda: buf.remove(ord("#")),
    lambda: bytearray().pop(),
    lambda: buf.pop(99),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

for key, value in [(99, 1), (0, 256), (0, "a"), ("0", 1)]:
    try:
        buf[key] = value
    except Exception as e:
        print(type(e).__name__ + ":", e)
