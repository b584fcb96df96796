# dir() of a user class and of its instances: the instance's own
# attributes, then everything the class and its bases define.


class Animal:
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    legs = 4

    def speak(self):
        return "woof"

    def fetch(self):
        return "ball"


def own(obj):
    """The names of dir(obj) that are not special (no double underscore)."""
    return [n for n in dir(obj) if not n.startswith("__")]


print("Animal:", own(Animal))
print("Dog:", own(Dog))

rex = Dog("Rex")
rex.toy = "rope"
print("rex:", own(rex))

# Instance attributes and class attributes appear once, sorted together
print(dir(rex).count("speak"), dir(rex) == sorted(dir(rex)))

# Attributes added later show up in the next dir()
Dog.tricks = ["sit"]
print("tricks" in dir(rex), "tricks" in dir(Animal))

# Special names every class has
for name in ["__init__", "__module__", "__dict__", "__class__", "__repr__", "__eq__"]:
    print(name, name in dir(Dog), name in dir(rex))

# __qualname__ and __name__ belong to the type, not to its dict
print("__qualname__" in dir(Dog), "__name__" in dir(Dog))

# Single-underscore names are ordinary attributes


class Account:
    def __init__(self):
        self._balance = 10
        self._note = "x"


print(own(Account()))

# An empty class still lists object's attributes


class Empty:
    pass


print(own(Empty), own(Empty()))
print("__init__" in dir(Empty), "__str__" in dir(Empty()))
