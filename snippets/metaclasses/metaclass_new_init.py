# A metaclass is the class of a class: its __new__ and __init__ run when a
# class statement finishes, with the class's name, bases and namespace.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__:", mcls.__name__, name, [b.__name__ for b in bases])
        print("   namespace:", sorted(k for k in ns if not k.startswith("__")), "kwargs:", kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__:", name)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return "method"


# Subclasses inherit the metaclass; class keywords reach it.
class Child(Base, flavour="sweet"):
    y = 2


print(type(Base), type(Child))
print(Base.created_by, Child.created_by)
print(isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type))
print(Meta.__mro__)
print(Child.__class__, Child().method())

# type(name, bases, ns) and Meta(name, bases, ns) make classes too.
Dyn = Meta("Dyn", (Base,), {"z": 3})
print(Dyn.z, Dyn.x, type(Dyn).__name__, Dyn.__mro__)
Plain = type("Plain", (), {"greet": lambda self: "hi"})
print(Plain().greet(), type(Plain))
