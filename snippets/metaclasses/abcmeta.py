# abc.ABCMeta is a real metaclass: ABC's class, register(), and the
# isinstance()/issubclass() hooks, next to collections.abc's ABCs.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(type(ABC), type(Shape), Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, ABC))
try: Shape()
except TypeError as e: print(e)
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
@Plugin.register
class Ext: pass
print(isinstance(Ext(), Plugin), issubclass(Ext, Plugin), Plugin.__abstractmethods__, ABCMeta.__name__)
class Half(Shape): pass
try: Half()
except TypeError as e: print(e)
import collections.abc
class Both(Shape, collections.abc.Sized):
    def area(self): return 1
    def __len__(self): return 0
print(isinstance(Both(), collections.abc.Sized), isinstance([], Shape), len(Both()))
print(Shape.__mro__)
