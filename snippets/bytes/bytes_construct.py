# Building bytes and bytearray objects: every way the constructors accept.

# A count gives that many zero bytes.
print(bytes(4), bytearray(3))

# An iterable of ints in range(0, 256).
print(bytes([72, 105, 33]))
print(bytes(range(65, 71)))
print(bytearray(x * 2 for x in range(5)))
print(bytes((0, 127, 128, 255)))

# A str needs an encoding (and optionally an error handler).
print(bytes("héllo", "utf-8"))
print(bytes("héllo", encoding="latin-1"))
print(bytes("héllo", "ascii", "replace"))
print(bytearray("naïve", "utf-8"))

# Copies of other bytes-like objects.
original = bytearray(b"copy me")
snapshot = bytes(original)
original[0] = ord("C")
print(original, snapshot)

# With no argument: empty.
print(bytes(), bytearray(), len(bytes()))

# A class can say how it turns into bytes with __bytes__.
class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload

print(bytes(Packet(7, b"hi")))

# Things the constructors refuse, and what they say.
attempts = [
    lambda: bytes([1, 2, 256]),
    lambda: bytearray([1, 2, 256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes("text"),
    lambda: bytearray("text"),
    lambda: bytes(-3),
    lambda: bytes(2.5),
    lambda: bytes(None),
    lambda: bytes(5, "ascii"),
    lambda: bytearray(5, "ascii"),
    lambda: bytes(errors="strict"),
    lambda: bytearray(encoding="utf-8"),
    lambda: bytes("text", "no-such-codec"),
    lambda: bytes("é", "ascii"),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__ + ":", e)
