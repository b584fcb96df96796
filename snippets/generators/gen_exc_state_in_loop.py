import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("in gen:", sys.exc_info()[1])
        yield 2
try:
    raise KeyError("outer")
except KeyError:
    for x in g():
        print(x, "caller:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())
def h():
    yield from g()
try:
    raise KeyError("outer2")
except KeyError:
    for x in h():
        print(x, "caller2:", repr(sys.exc_info()[1]))
