# dir() without an argument lists the names of the current local scope;
# dir(module) lists the names defined in a module.

import math

# At module level: the module's globals (here without the dunders)
alpha = 1
beta = "two"
print([n for n in dir() if not n.startswith("__")])


def area(width, height):
    scale = 2
    # Inside a function: its parameters and the locals bound so far
    print("in area:", dir())
    result = width * height * scale
    print("later:", dir())
    return result


area(3, 4)


def outer():
    x = 1

    def inner():
        y = 2
        # A free variable that is used counts as a local of inner
        print("inner:", dir(), x + y)

    inner()
    print("outer:", dir())


outer()


def empty():
    return dir()


print("empty:", empty())

# In a class body: the names defined so far


class Config:
    debug = False
    level = 3
    print("class body:", [n for n in dir() if not n.startswith("__")])


# Comprehensions have their own scope
print([dir() for _ in range(1)])

# dir(module): the module's names, sorted
print([n for n in dir(math) if not n.startswith("_")][:10])
print("pi" in dir(math), "sqrt" in dir(math), "nope" in dir(math))
names = dir(math)
print(names == sorted(names))
