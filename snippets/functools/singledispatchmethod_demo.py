# functools.singledispatchmethod dispatches on the first argument after self.
from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def format(self, arg):
        raise NotImplementedError(f"cannot format {type(arg).__name__}")

    @format.register
    def _(self, arg: int):
        return f"{self.prefix}int:{arg:05d}"

    @format.register
    def _(self, arg: list):
        return f"{self.prefix}list:" + ",".join(self.format(a) for a in arg)

    @format.register(bool)
    def _(self, arg):
        return f"{self.prefix}bool:{'yes' if arg else 'no'}"


f = Formatter("> ")
print(f.format(42))
print(f.format([1, 2]))
print(f.format(False))
try:
    f.format("text")
except NotImplementedError as e:
    print("NotImplementedError:", e)
