# Dataclasses under `from __future__ import annotations`: string
# annotations still mark ClassVar and InitVar fields.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    created: ClassVar[int] = 0
    scale: InitVar[int] = 1
    weight: dataclasses.InitVar[float] = 1.0

    def __post_init__(self, scale, weight):
        self.value *= scale
        Node.created += 1


root = Node(2, scale=5)
root.children.append(Node(1, parent=root))
print(root.value, Node.created, len(root.children))
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(Node(7))
