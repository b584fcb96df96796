# __instancecheck__ and __subclasscheck__ on a metaclass customise
# isinstance() and issubclass() (this is how abc.ABCMeta works).
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, name) for name in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, name) for name in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")


class Duck:
    def quack(self):
        return "Quack!"

    def walk(self):
        return "waddle"


class Robot:
    def walk(self):
        return "roll"


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))

# A metaclass can also be a plain function returning anything.
def make_tuple(name, bases, ns):
    return (name, sorted(k for k in ns if not k.startswith("__")))


class Odd(metaclass=make_tuple):
    a = 1

    def b(self):
        pass


print(Odd)
