# field(): default, default_factory, repr, compare, init, kw_only, metadata.
from dataclasses import dataclass, field, fields


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    secret: str = field(default="x", compare=False)
    total: float = field(init=False, default=0.0)
    priority: int = field(default=1, kw_only=True)
    meta: dict = field(default_factory=dict, metadata={"unit": "none"})


a = Order(1)
b = Order(1)
a.items.append("apple")
print(a, b)
print(a.items is b.items, Order(2, secret="y") == Order(2, secret="z"))
print(Order(3, ["x"], "note", priority=5))
print(a.total, a.note)
for f in fields(Order):
    print(f.name, f.init, f.repr, f.compare, f.kw_only, dict(f.metadata))
try:
    Order(1, [], "n", "s", 9.0)
except TypeError as e:
    print("TypeError:", e)
