# Walking a tree recursively with `yield from`: each call yields its own
# node and delegates to the generators of its children.


class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.name!r})"


tree = Node("root",
            Node("docs", Node("intro.md"), Node("guide.md")),
            Node("src", Node("main.py"), Node("util", Node("strings.py"))),
            Node("README"))


def preorder(node):
    yield node.name
    for child in node.children:
        yield from preorder(child)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.name


def with_depth(node, depth=0):
    yield depth, node.name
    for child in node.children:
        yield from with_depth(child, depth + 1)


def paths(node, prefix=""):
    path = f"{prefix}/{node.name}"
    if not node.children:
        yield path
    for child in node.children:
        yield from paths(child, path)


print(list(preorder(tree)))
print(list(postorder(tree)))
for depth, name in with_depth(tree):
    print("  " * depth + name)
print(list(paths(tree)))


# yield from passes the sub-generator's return value back: count leaves.
def count_leaves(node):
    if not node.children:
        yield node.name
        return 1
    total = 0
    for child in node.children:
        total += yield from count_leaves(child)
    return total


gen = count_leaves(tree)
leaves = []
try:
    while True:
        leaves.append(next(gen))
except StopIteration as stop:
    print("leaves:", leaves, "count:", stop.value)

# The walk is lazy: stop at the first match without visiting the rest.
visited = []


def find(node, wanted):
    visited.append(node.name)
    if node.name == wanted:
        yield node
    for child in node.children:
        yield from find(child, wanted)


print(next(find(tree, "main.py")), visited)
print(next(find(tree, "missing"), None))

# A cycle makes the recursion unbounded: the tree points back at itself.
loop = Node("loop")
loop.children.append(loop)
try:
    for name in preorder(loop):
        pass
except RecursionError as e:
    print(type(e).__name__, e)
