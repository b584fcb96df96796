# globals(), locals() and vars(): the namespaces a piece of code sees.
counter = 0


def bump():
    globals()["counter"] += 1   # writes through to the module's dict


bump()
bump()
print("counter:", counter)
print("module level, locals() is globals():", locals() is globals())


def describe(a, b=2, *rest, **opts):
    total = a + b
    # In a function, locals() is a snapshot of the bound names.
    print(sorted(locals()))
    snapshot = locals()
    total = 100
    print(snapshot["total"], total)
    late = "bound now"
    print("late" in snapshot, "late" in locals())


describe(1, 5, 6, 7, flag=True)


def outer():
    x = "captured"

    def inner():
        return x   # a free variable shows up in inner's locals()

    print("inner sees:", inner.__code__.co_freevars)
    return inner


print(outer()())


class Config:
    debug = False
    level = 3
    # In a class body, locals() is the class namespace being built.
    names = sorted(k for k in locals() if not k.startswith("__"))


print(Config.names)
print(vars(Config)["level"], vars(Config)["debug"])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print(vars(p))
vars(p)["z"] = 5      # the very __dict__ of the instance
print(p.z)
print(vars() is globals())
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)
