# Which collections.abc ABCs do generators, iterators and containers satisfy?
from collections.abc import (Iterable, Iterator, Generator, Sized, Container,
                             Collection, Reversible, Sequence, Mapping, Hashable)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


gen = countdown(3)
genexp = (x * x for x in range(3))

# A generator is an Iterator, an Iterable and a Generator...
print("generator:", isinstance(gen, Iterable), isinstance(gen, Iterator), isinstance(gen, Generator))
# ...but it has no length and cannot be reversed.
print("sized/reversible:", isinstance(gen, Sized), isinstance(gen, Reversible))
# A generator expression makes the same kind of object.
print("genexp:", isinstance(genexp, Generator), type(genexp).__name__)

# The generator *function* is not a generator; calling it makes one.
print("function:", isinstance(countdown, Generator), isinstance(countdown(1), Generator))

# Lists are iterable but not iterators; iter() turns them into one.
values = [3, 1, 2]
print("list:", isinstance(values, Iterable), isinstance(values, Iterator))
print("iter(list):", isinstance(iter(values), Iterator), isinstance(iter(values), Generator))

# A table of common built-ins against the ABCs.
samples = [("list", [1]), ("tuple", (1,)), ("str", "ab"), ("dict", {"a": 1}),
           ("set", {1}), ("range", range(3)), ("map", map(str, [1])),
           ("zip", zip([1], [2])), ("enumerate", enumerate("x")), ("int", 7)]
abcs = [Iterable, Iterator, Sized, Container, Collection, Reversible, Sequence, Mapping, Hashable]
print(f"{'':10}" + " ".join(f"{a.__name__[:5]:>5}" for a in abcs))
for name, obj in samples:
    print(f"{name:10}" + " ".join(f"{'yes' if isinstance(obj, a) else '-':>5}" for a in abcs))

# issubclass works on the types themselves.
print(issubclass(type(gen), Iterator), issubclass(list, Sequence), issubclass(dict, Sequence))
print(Generator, Iterator.__name__, Generator.__mro__)
