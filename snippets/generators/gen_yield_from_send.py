# yield from forwards send() to the subgenerator and returns its value
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    result = yield from inner()
    print("inner returned", result)
    again = yield from inner()
    return result + again

o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))
print(o.send(None))
print(o.send(10))
try:
    o.send(None)
except StopIteration as e:
    print("outer returned", e.value)

def delegate_iterable():
    r = yield from [1, 2, 3]
    print("list delegation result", r)
    r = yield from range(2)
    yield from "ab"
    yield from (x * x for x in range(3))
    return r

print(list(delegate_iterable()))

d = delegate_iterable()
next(d)
try:
    d.send("x")
except AttributeError as e:
    print("AttributeError:", e)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1], (2, 3), {4: 0}, "56")))

def depth(n):
    if n == 0:
        v = yield "bottom"
        return v
    v = yield from depth(n - 1)
    return v * 2

g = depth(5)
print(next(g))
try:
    g.send(1)
except StopIteration as e:
    print("deep value", e.value)

def gi_yf():
    yield from inner()

g = gi_yf()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom)
