# Instances in sets: __hash__ picks the bucket, __eq__ confirms a match.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __eq__(self, other):
        print(f"  eq {self} {other}")
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __repr__(self):
        return f"{self.rank}{self.suit}"

print("build:")
hand = {Card(10, "h"), Card(10, "h"), Card(2, "s")}
print(len(hand))
print("membership:")
print(Card(2, "s") in hand, Card(3, "s") in hand)
print("discard:")
hand.discard(Card(10, "h"))
print(len(hand))
print("operations:")
other = {Card(2, "s"), Card(5, "d")}
print(len(hand | other), len(hand & other), len(other - hand))
print({Card(2, "s")} <= other, other.issuperset([Card(5, "d")]))

# Without __eq__, only the very same object matches.
class Token:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

t = Token("a")
tokens = {t, Token("a")}
print(len(tokens), t in tokens, Token("a") in tokens)

# Errors from __hash__ or __eq__ reach the caller.
class Bad:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("no comparing")

b = Bad()
print(b in {b})
try:
    Bad() in {b}
except ValueError as e:
    print("ValueError:", e)
try:
    {b, Bad()}
except ValueError as e:
    print("ValueError:", e)
