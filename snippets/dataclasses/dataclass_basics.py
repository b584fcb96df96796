# @dataclass writes __init__, __repr__ and __eq__ from the annotations.
from dataclasses import dataclass


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem("widget", 3.5, 10)
print(item)
print(item.total_cost(), item.name)
print(item == InventoryItem("widget", 3.5, 10), item == InventoryItem("gadget", 1.0))
print(item != InventoryItem("widget", 3.5), item == ("widget", 3.5, 10))
print(InventoryItem("bolt", 0.25))
print(InventoryItem(name="nut", quantity_on_hand=3, unit_price=0.1))
print(InventoryItem.__doc__)
print(InventoryItem.__match_args__, InventoryItem.__hash__)
item.quantity_on_hand += 5
print(item)
