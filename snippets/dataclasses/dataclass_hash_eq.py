# eq, unsafe_hash and frozen decide __hash__, as the table in the
# dataclasses documentation says.
from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass(eq=False)
class B:
    x: int


@dataclass(unsafe_hash=True)
class C:
    x: int


@dataclass(frozen=True)
class D:
    x: int


print(A.__hash__, B(1) == B(1), hash(C(1)) == hash((1,)), hash(D(2)) == hash((2,)))
try:
    hash(A(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {A(1)}
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithHash:
    x: int

    def __hash__(self):
        return 7


print(hash(WithHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
