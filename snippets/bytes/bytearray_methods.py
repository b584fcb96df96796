# bytearray shares every bytes method, and adds a few of its own.

buf = bytearray(b"  Mixed Case, with spaces  ")
print(buf.strip().lower().replace(b" ", b"_"))
print(buf.split(b","), buf.count(b" "))
print(buf.find(b"Case"), buf.startswith(b"  M"), buf.title())

# Methods that return a new object return a bytearray.
print(type(buf.upper()).__name__, type(buf[1:3]).__name__, type(buf + b"!").__name__)

# copy() is shallow and independent.
a = bytearray(b"original")
b = a.copy()
b[0] = ord("O")
print(a, b, a == b, a is b)

# reverse() and clear() work in place and return None.
print(a.reverse(), a)
print(a.clear(), a, len(a))

# Comparisons across bytes and bytearray compare contents.
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd")
print(b"abc" == bytearray(b"abc"), bytearray() == b"")

# A bytearray is unhashable, so it cannot be a dict key.
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
print({bytes(bytearray(b"k")): 1})

# Building a message incrementally.
out = bytearray()
for word in [b"alpha", b"beta", b"gamma"]:
    out += len(word).to_bytes(1, "big")
    out += word
print(out, len(out))

# Argument errors of the bytearray-only methods.
for call in [
    lambda: out.append(),
    lambda: out.append(1, 2),
    lambda: out.insert(1),
    lambda: out.pop(1, 2),
    lambda: out.clear(1),
    lambda: out.extend(x=1),
    lambda: out.pop("0"),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# bytes has no mutating methods.
try:
    b"frozen".append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    frozen = b"frozen"
    frozen[0] = 70
except TypeError as e:
    print("TypeError:", e)
