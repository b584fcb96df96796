# Attribute lookups see every change to a class or its bases at once:
# methods replaced or added later, shadowing by instance attributes,
# properties and __setattr__ added after instances exist.
class Base:
    greeting = "hello"

    def speak(self):
        return "base speaks"


class Child(Base):
    pass


c = Child()


def ask(obj):
    return obj.speak(), obj.greeting


for round_no in range(4):
    print(round_no, ask(c))
    if round_no == 0:
        Base.speak = lambda self: "patched base"
    elif round_no == 1:
        Child.speak = lambda self: "child override"
    elif round_no == 2:
        c.speak = lambda: "instance attribute"
        Base.greeting = "hi"

del c.speak
del Child.speak
print(ask(c))


# A property added to the class takes over from the instance dict.
class Box:
    def __init__(self):
        self.size = 1


b = Box()
sizes = []
for step in range(3):
    sizes.append(b.size)
    if step == 0:
        Box.size = property(lambda self: 42)
print(sizes, b.__dict__)

# __setattr__ added later intercepts assignments.
class Log:
    pass


log = Log()
for value in range(3):
    log.value = value
    if value == 0:
        def loud(self, name, v):
            print("setting", name, v)
            object.__setattr__(self, name, v)
        Log.__setattr__ = loud
print(log.value)

# __slots__ still refuse unknown names on every assignment.
class Slotted:
    __slots__ = ("x",)


s = Slotted()
for name in ["x", "y"]:
    try:
        setattr(s, name, 1)
        print("set", name)
    except AttributeError as e:
        print("AttributeError:", e)
for i in range(3):
    try:
        s.x = i
        s.y = i
    except AttributeError as e:
        print(i, s.x, "AttributeError:", e)
