# functools.singledispatch: one function, an implementation per type of the
# first argument, chosen along the argument's class hierarchy.
from functools import singledispatch


@singledispatch
def describe(obj):
    return f"something: {obj!r}"


@describe.register
def _(obj: int):
    return f"an int: {obj}"


@describe.register(float)
def _describe_float(obj):
    return f"a float: {obj:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"a sequence of {len(obj)}"


def describe_str(obj):
    return f"a string of length {len(obj)}"


describe.register(str, describe_str)

for value in (3, 2.5, [1, 2], (1,), "hey", None, True, {"a": 1}):
    print(describe(value))

print(describe.dispatch(bool).__name__, describe.dispatch(bytes) is describe.registry[object])
print(len(describe.registry), type(describe.registry).__name__)
print(describe.__name__, describe.__wrapped__.__name__, describe.registry[float].__name__)
