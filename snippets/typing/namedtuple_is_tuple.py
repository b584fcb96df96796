# A typing.NamedTuple instance is a tuple: slicing, concatenation,
# sorting, unpacking, %-formatting and dict keys all work.
from typing import NamedTuple


class Card(NamedTuple):
    rank: int
    suit: str = "hearts"


hand = [Card(10, "spades"), Card(2), Card(10, "clubs")]
c = hand[0]
print(isinstance(c, tuple), c + ("extra",), c[::-1], len(c))
print(sorted(hand), max(hand), c.count(10), c.index("spades"))
print({Card(2): "low"}[(2, "hearts")], tuple(c), list(Card._make([3, "diamonds"])))
rank, suit = c
print(rank, suit, "%d of %s" % c, c._replace(rank=11))
try:
    c.color = "black"
except AttributeError as e:
    print("AttributeError:", e)
