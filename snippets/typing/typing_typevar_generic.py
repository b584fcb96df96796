# TypeVar and Generic: generic classes, subscription and substitution.
from typing import TypeVar, Generic, List, Dict, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
print(T, N, B, Co, T.__name__, N.__constraints__, B.__bound__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s, Stack[int], Stack.__parameters__)
print(s.__orig_class__, type(s).__name__)


class Cache(Generic[K, V]):
    def __init__(self):
        self.data: Dict[K, V] = {}

    def get(self, key: K) -> Optional[V]:
        return self.data.get(key)


print(Cache[str, int], Cache[str, List[int]], Cache.__parameters__)


class IntStack(Stack[int]):
    pass


print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__[1])
print(Dict[str, T][int], List[T].__parameters__)

for bad in (lambda: Stack[int, str], lambda: Cache[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Broken(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
