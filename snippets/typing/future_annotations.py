# from __future__ import annotations (PEP 563): annotations are stored as
# their source text and not evaluated, so names may be used before they
# exist; typing.get_type_hints evaluates them.
from __future__ import annotations

from typing import Optional, get_type_hints


class Tree:
    left: Optional[Tree]
    right: Tree | None
    value: int = 0

    def insert(self, value: int) -> Tree:
        return self


def walk(tree: Tree, depth: int = 0, *path: str, **opts: dict[str, list[int]]) -> list[Tree]:
    return [tree]


print(Tree.__annotations__)
print(walk.__annotations__)
print(Tree.insert.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(walk)["return"])
undefined_name: NotDefinedAnywhere = 5
print(__annotations__, undefined_name)


def shapes(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: x if y else z,
           e: f(x, *y, k=1), g: [i for i in z if i], h: "quoted", i: m[1:2, ::3]):
    pass


for name, text in shapes.__annotations__.items():
    print(name, text)
