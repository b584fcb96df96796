# Calling a class: __init__ with positional, keyword, default and star
# arguments; a class without __init__; __init__ replaced later; bound
# methods stored and called later.
class Point:
    def __init__(self, x, y=0, *rest, label="p", **extra):
        self.x, self.y, self.rest, self.label, self.extra = x, y, rest, label, extra


for args, kwargs in [((1,), {}), ((1, 2), {}), ((1, 2, 3, 4), {"label": "q"}), ((), {"x": 5, "z": 6})]:
    p = Point(*args, **kwargs)
    print(p.x, p.y, p.rest, p.label, p.extra)


class Empty:
    pass


print(type(Empty()).__name__)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)


class Later:
    pass


objs = []
for i in range(3):
    if i == 1:
        def __init__(self, n=i):
            self.n = n
        Later.__init__ = __init__
    objs.append(Later())
print([getattr(o, "n", None) for o in objs])

for bad in [lambda self: 42, lambda self: "text"]:
    class Wrong:
        __init__ = bad
    try:
        Wrong()
    except TypeError as e:
        print("TypeError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, nope=2, label="x", x=3)
except TypeError as e:
    print("TypeError:", e)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello", *, punctuation="!"):
        return f"{greeting}, {self.name}{punctuation}"


hello = Greeter("ada").greet
print(hello(), hello("hi"), hello(punctuation="?"), hello("hey", punctuation="."))
callbacks = [Greeter(n).greet for n in "xyz"]
print([cb("yo") for cb in callbacks])


class Fails:
    def __init__(self, value):
        self.value = 10 / value


def build(v):
    return Fails(v)


print(build(2).value)
build(0)
