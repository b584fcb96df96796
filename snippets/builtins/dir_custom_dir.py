# A class can decide what dir() reports for its instances by defining
# __dir__; dir() turns the result into a sorted list.


class Proxy:
    def __init__(self, target):
        self._target = target

    def __dir__(self):
        # Advertise the target's public names next to our own
        return ["_target"] + [n for n in dir(self._target) if not n.startswith("_")]


print(dir(Proxy([1, 2])))


class Shuffled:
    def __dir__(self):
        return ("zeta", "alpha", "mu", "alpha")


# Sorted, duplicates kept
print(dir(Shuffled()))


class Generated:
    def __dir__(self):
        yield "b"
        yield "a"


print(dir(Generated()))


class FromSet:
    def __dir__(self):
        return {"only"}


print(dir(FromSet()))

# __dir__ affects instances only: dir() of the class uses the type's rules
print([n for n in dir(Shuffled) if not n.startswith("__")])
print("__dir__" in dir(Shuffled))


# object.__dir__ gives the default listing, so __dir__ can extend it


class Lazy:
    def __init__(self):
        self.loaded = True

    def __dir__(self):
        return list(super().__dir__()) + ["computed"]

    def __getattr__(self, name):
        if name == "computed":
            return 42
        raise AttributeError(name)


lazy = Lazy()
print([n for n in dir(lazy) if not n.startswith("_")], lazy.computed)
print("__dir__" in dir(Lazy), type(object().__dir__()).__name__)


class NotIterable:
    def __dir__(self):
        return 42


try:
    dir(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)


class Raising:
    def __dir__(self):
        raise RuntimeError("no listing")


try:
    dir(Raising())
except RuntimeError as e:
    print(type(e).__name__, e)


class Mixed:
    def __dir__(self):
        return ["a", 1]


# The names must be sortable: mixing str and int fails
dir(Mixed())
