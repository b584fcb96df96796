# Class-level built-ins reached through a value, and bytearray's special
# methods called by name.
print((5).from_bytes(b"\x01\x00", "big"))
print((1.5).fromhex("0x1.8p1"))
print("abc".maketrans("a", "b"))
print(b"".fromhex("ff 00"), bytearray().fromhex("41"))
ba = bytearray(b"spam")
print(ba.__len__(), ba.__getitem__(0), ba.__contains__(112), ba.__eq__(b"spam"))
print(ba.__add__(b"!"), ba.__mul__(2))
ba.__setitem__(0, 83)
ba.__delitem__(-1)
print(ba, ba.__iter__().__next__())
try:
    (5).no_such_method
except AttributeError as e:
    print("AttributeError:", e)
