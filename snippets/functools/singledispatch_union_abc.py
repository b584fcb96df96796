# singledispatch with union annotations, abstract base classes and
# class hierarchies; and the errors register() raises.
from functools import singledispatch
from collections.abc import Mapping, Sequence


@singledispatch
def kind(obj):
    return "object"


@kind.register
def _(obj: int | float):
    return "number"


@kind.register
def _(obj: Sequence):
    return "sequence"


@kind.register
def _(obj: Mapping):
    return "mapping"


class Animal:
    pass


class Dog(Animal):
    pass


@kind.register
def _(obj: Animal):
    return "animal"


for v in (1, 1.5, [1], "s", (2,), {"k": 1}, Dog(), Animal(), object(), b"x"):
    print(type(v).__name__, kind(v))

try:
    kind.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    @kind.register
    def _(obj: 42):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    kind()
except TypeError as e:
    print("TypeError:", e)
