class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.swallow


with Managed("a") as v:
    print("body", v)
with Managed("b", swallow=True):
    raise ValueError("swallowed")
try:
    with Managed("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))


class NotCM:
    pass


try:
    with NotCM():
        pass
except TypeError as e:
    print(e)
