# A class with __iter__ and __next__ is an Iterator structurally: no
# inheritance or registration needed (the ABC's __subclasshook__ checks).
from collections.abc import Iterable, Iterator, Sized, Container, Collection


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(isinstance(c, Iterator), isinstance(c, Iterable), list(c))


# Only __iter__: iterable, not an iterator.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items


bag = Bag("a", "b")
print(isinstance(bag, Iterable), isinstance(bag, Iterator))
# __len__ makes it Sized, __contains__ a Container; all three a Collection.
print(isinstance(bag, Sized), isinstance(bag, Container), isinstance(bag, Collection))


# Setting a method to None opts out of the protocol.
class NotIterable(Bag):
    __iter__ = None


print(isinstance(NotIterable(), Iterable), isinstance(NotIterable(), Sized))

# Inheriting from Iterator gives __iter__ for free: only __next__ is needed.
class Squares(Iterator):
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


sq = Squares(4)
print(iter(sq) is sq, list(sq), next(sq, "done"))
print(Squares.__mro__)
