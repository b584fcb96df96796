# abc: ABC and abstractmethod, metaclass=ABCMeta, the error for
# instantiating an abstract class, and register() for virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(Square(3).describe(), Square(3).perimeter())
print(isinstance(Square(1), Shape), issubclass(Square, ABC))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


class Hello(Plugin):
    def run(self):
        return "hello"


print(Hello().run())
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Duck:
    def run(self):
        return "quack"


Plugin.register(Duck)
print(isinstance(Duck(), Plugin), issubclass(Duck, Plugin))
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
