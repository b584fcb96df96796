class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)


class Const:
    def __get__(self, obj, objtype=None):
        return 42


class Item:
    qty = Typed()
    answer = Const()

    def __init__(self, q):
        self.qty = q


i = Item(3)
print(i.qty, i._qty, i.answer, Item.answer, type(Item.qty).__name__)
try:
    i.qty = "x"
except TypeError as e:
    print(e)
i.answer = 7
print(i.answer)
