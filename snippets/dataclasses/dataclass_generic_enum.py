# Generic dataclasses and dataclasses holding enum members.
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional, List
from enum import Enum
T = TypeVar("T")
@dataclass
class Box(Generic[T]):
    item: T
    history: List[T] = field(default_factory=list)
b = Box[int](3)
print(b, Box[str]("x"), Box.__parameters__, b.__orig_class__)
@dataclass
class Node(Generic[T]):
    value: T
    next: Optional["Node[T]"] = None
print(Node(1, Node(2)))
class Suit(Enum):
    HEARTS = "♥"
    SPADES = "♠"
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)
    def __str__(self): return f"{self.rank}{self.suit.value}"
cards = sorted([Card(10, Suit.SPADES), Card(3, Suit.HEARTS)])
print([str(c) for c in cards], cards[0], hash(cards[0]) == hash(Card(3, Suit.SPADES)))
