# Annotations are evaluated when the def/class runs (Python 3.11) and kept
# in __annotations__: on functions, on classes, and on the module.
count: int = 0
names: list[str]


def greet(name: str, times: int = 1, *args: float, loud: bool = False, **kw: object) -> str:
    return (name + "!") * times if loud else name * times


print(greet.__annotations__)
print(__annotations__)


class Point:
    x: int
    y: int = 0
    label: "str"


print(Point.__annotations__)
print(Point.y, hasattr(Point, "x"))


class Point3(Point):
    z: int


# a subclass has only its own annotations
print(Point3.__annotations__)


def plain():
    local: int = 5  # not stored anywhere
    return local


print(plain.__annotations__, plain())

# positional-only parameters come after the regular ones, as in CPython
def odd(a: int, /, b: str) -> None: ...


print(list(odd.__annotations__))
plain.__annotations__ = {"x": int}
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
