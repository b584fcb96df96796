# Slices with steps: reading, assigning and deleting.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-7:-2], a[100:], a[-100:2])

# Assigning to a plain slice may change the length.
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = "AB"
print(b)
b[len(b):] = [98, 99]
print(b)
b[1:1] = b[:2]
print(b)

# An extended slice needs exactly as many items as it selects.
c = list(range(8))
c[::2] = "wxyz"
print(c)
c[::-3] = [0, 0, 0]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1::2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)

# Deleting slices.
d = list(range(12))
del d[::3]
print(d)
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)

# A zero step is an error everywhere.
for action in (lambda: a[::0], lambda: a.__setitem__(slice(None, None, 0), []), lambda: "abc"[::0]):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
