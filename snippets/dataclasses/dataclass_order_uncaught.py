# Ordering a dataclass against an incompatible field value, uncaught.
from dataclasses import dataclass
@dataclass(order=True)
class V:
    x: int
print(V(1) < V(2))
print(V(1) < V("a"))
