class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"Base({self.name})"

    @classmethod
    def make(cls, name):
        return cls(name)


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return "Child/" + super().describe()

    @classmethod
    def make(cls, name):
        obj = super().make(name + "!") if False else cls(name, 0)
        return obj


class GrandChild(Child):
    def describe(self):
        return "Grand/" + super(GrandChild, self).describe()


g = GrandChild("g", 3)
print(g.describe(), g.name, g.age)
print(Child.make("c").describe())


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True

    def cls(self):
        return __class__


print(Plain().ok, Plain().cls())
