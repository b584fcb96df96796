# Inheriting from an ABC without implementing its abstract methods leaves
# the class abstract: calling it raises TypeError.
from collections.abc import Iterator, Sized, Mapping, Container


class Incomplete(Iterator):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

print(sorted(Incomplete.__abstractmethods__))


# Several missing methods are listed in alphabetical order.
class HalfMapping(Mapping):
    def __len__(self):
        return 0


try:
    HalfMapping()
except TypeError as e:
    print(type(e).__name__, e)

print(sorted(Mapping.__abstractmethods__))


# Implementing them all makes the class concrete.
class Empty(Sized, Container):
    def __len__(self):
        return 0

    def __contains__(self, item):
        return False


print(len(Empty()), 3 in Empty(), Empty.__abstractmethods__)

# The ABCs themselves cannot be instantiated: the traceback ends here.
box = Sized()
