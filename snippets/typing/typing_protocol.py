# Protocol: structural typing; runtime_checkable lets isinstance check the
# methods an object has.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return "()"


class Text:
    def write(self) -> str:
        return "abc"


for obj in (Circle(), Text(), "str"):
    print(type(obj).__name__, isinstance(obj, Drawable))


def render(item: Drawable) -> str:
    return item.draw()


print(render(Circle()))


class Closer(Protocol):
    def close(self) -> None:
        ...


try:
    isinstance(Circle(), Closer)
except TypeError as e:
    print("TypeError:", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)


class Square(Drawable):
    def draw(self) -> str:
        return "[]"


print(Square().draw(), isinstance(Square(), Drawable))
print(isinstance(3, SupportsInt), isinstance(-2.5, SupportsAbs), isinstance("x", SupportsInt))
