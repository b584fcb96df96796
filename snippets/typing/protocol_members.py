# Protocols checked by isinstance look at the instance: attributes set in
# __init__ count; generic protocols; data protocols refuse issubclass().
from typing import Protocol, runtime_checkable, TypeVar, Iterable
T = TypeVar("T")
@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...
class Person:
    def __init__(self, name): self.name = name
    def greet(self): return "hi " + self.name
class Robot:
    def greet(self): return "beep"
print(isinstance(Person("a"), Named), isinstance(Robot(), Named), type(Named))
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
print(isinstance(IntBox(), Box), Box[int], Box.__parameters__)
class Impl(Named):
    name = "impl"
    def greet(self): return "x"
print(isinstance(Impl(), Named), isinstance(Impl(), Impl), isinstance(Person("b"), Impl))
try:
    issubclass(Impl, Named)
except TypeError as e:
    print(e)
print(issubclass(IntBox, Box), issubclass(int, Box))
class Closeable(Protocol):
    def close(self): ...
try: isinstance(1, Closeable)
except TypeError as e: print(e)
class F:
    def close(self): pass
def shut(x: Closeable) -> None: x.close()
shut(F()); print("closed")
class NoGreet:
    name = "n"
    greet = None
print(isinstance(NoGreet(), Named))
