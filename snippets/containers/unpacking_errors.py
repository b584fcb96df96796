# Sequence unpacking, and the errors when the counts do not match.
a, b = "xy"
first, *rest = [1, 2, 3]
*init, last = range(4)
head, (x, y), *tail = 1, (2, 3), 4, 5
print(a, b, first, rest, init, last, head, x, y, tail)

k1, k2 = {"one": 1, "two": 2}
print(k1, k2)

for name, value in [("a", 1), ("b", 2)]:
    print(name, value)

def unpack(label, action):
    try:
        action()
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

def too_many():
    p, q = [1, 2, 3]

def too_few():
    p, q, r = [1, 2]

def star_too_few():
    p, *q, r = [1]

def not_iterable():
    p, q = 5

def from_iterator():
    p, q = iter(range(10))

def nested():
    p, (q, r) = 1, (2, 3, 4)

def in_loop():
    for p, q in [(1, 2), (3,)]:
        pass

unpack("too many", too_many)
unpack("too few", too_few)
unpack("starred", star_too_few)
unpack("int", not_iterable)
unpack("iterator", from_iterator)
unpack("nested", nested)
unpack("loop", in_loop)
