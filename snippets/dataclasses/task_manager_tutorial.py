# A small task manager combining dataclasses, enum, typing and functools.
from __future__ import annotations
from dataclasses import dataclass, field, asdict, astuple
from enum import Enum, auto
from typing import Protocol, TypeVar, Generic, Callable, Iterable, Iterator
from functools import total_ordering, reduce, singledispatch
import dataclasses

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()
    def __str__(self): return self.name.title()

@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)
    @property
    def done(self) -> bool: return self.status is Status.DONE
    @classmethod
    def parse(cls, text: str) -> Task:
        p, t = text.split(":", 1)
        return cls(int(p), t.strip())
    @staticmethod
    def header() -> str: return "TASKS"

@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"
    def __post_init__(self):
        if self.cents < 0:
            object.__setattr__(self, "cents", 0)
    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents, self.currency)
    def __str__(self): return f"{self.cents / 100:.2f} {self.currency}"

tasks = [Task.parse("3: write docs"), Task(1, "fix bug", Status.DOING, ["urgent"]), Task(2, "review")]
print(Task.header())
for t in sorted(tasks):
    print(f"{t.priority} {t.title:<12} {t.status!s:>6} {t.done}")
tasks[0].status = Status.DONE
print([t.done for t in tasks], asdict(tasks[1]), astuple(tasks[2]))
print(sum((Money(150), Money(275), Money(-5)), Money(0)), Money(-3))
print(dataclasses.fields(Money)[1].default, Money.__dataclass_params__.frozen if hasattr(Money, '__dataclass_params__') else '')
T = TypeVar("T")
class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}
    def add(self, key: int, item: T) -> None:
        self._items[key] = item
    def find(self, pred: Callable[[T], bool]) -> Iterator[T]:
        return (i for i in self._items.values() if pred(i))
repo: Repository[Task] = Repository()
for i, t in enumerate(tasks): repo.add(i, t)
print([t.title for t in repo.find(lambda t: t.priority > 1)])
class HasArea(Protocol):
    def area(self) -> float: ...
@dataclass
class Sq:
    s: float
    def area(self) -> float: return self.s ** 2
def total(shapes: Iterable[HasArea]) -> float:
    return reduce(lambda a, s: a + s.area(), shapes, 0.0)
print(total([Sq(2), Sq(3)]))
@singledispatch
def render(x) -> str: return str(x)
@render.register
def _(x: Task) -> str: return f"<{x.title}>"
@render.register
def _(x: Status) -> str: return x.name.lower()
print(render(tasks[0]), render(Status.DOING), render(5))
print(Status["DONE"], Status(2), list(Status), f"{Status.TODO!r}")
print(Task.__annotations__)
print(repr(tasks[1]))
