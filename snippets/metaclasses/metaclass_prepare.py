# __prepare__ supplies the namespace the class body runs in.
class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("preparing", name, kwargs)
        ns = {"helper": lambda: "from __prepare__"}
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        print("body defined:", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Widget(metaclass=Recording, size=3):
    value = helper()

    def show(self):
        return self.value


print(Widget().show())


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
