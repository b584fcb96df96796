class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Res("a")
b = Res("b")
del a
print("after del a")
b = Res("c")
print("after rebinding b")


def f():
    r = Res("local")
    print("in f")


f()
print("after f")
items = [Res("x"), Res("y")]
items.pop()
print("popped one")
items.pop()
print("popped two")
del b
print("end")
