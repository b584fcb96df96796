# Subclassing collections.abc.Generator: implement send() and throw(), and
# the ABC supplies __next__, __iter__ and close().
from collections.abc import Generator, Iterator
import inspect


class Accumulator(Generator):
    """Adds each value sent in and yields the running total."""

    def __init__(self):
        self.total = 0

    def send(self, value):
        if value is None:
            return self.total
        self.total += value
        return self.total

    def throw(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if isinstance(typ, type) else typ
        raise val


acc = Accumulator()
print(next(acc))            # __next__ is send(None)
print(acc.send(5), acc.send(10))
print(iter(acc) is acc)     # __iter__ returns self
print(isinstance(acc, Generator), isinstance(acc, Iterator))
# It is a Generator for the ABC but not a real generator object.
print(inspect.isgenerator(acc), type(acc).__name__)

# close() throws GeneratorExit in; our throw re-raises it, so close succeeds.
print(acc.close())

# throw() raises whatever is thrown in.
try:
    acc.throw(ValueError("bad input"))
except ValueError as e:
    print(type(e).__name__, e)


# A throw() that keeps producing values after GeneratorExit makes close() fail.
class Stubborn(Generator):
    def send(self, value):
        return "still here"

    def throw(self, typ, val=None, tb=None):
        return "ignored"


try:
    Stubborn().close()
except RuntimeError as e:
    print(type(e).__name__, e)


# Forgetting throw() leaves the class abstract.
class NoThrow(Generator):
    def send(self, value):
        return value


try:
    NoThrow()
except TypeError as e:
    print(type(e).__name__, e)

# Real generators are Generators through registration.
def gen():
    yield 1


print(isinstance(gen(), Generator), issubclass(type(gen()), Generator))
