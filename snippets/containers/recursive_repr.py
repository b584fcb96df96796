# Containers that contain themselves print with ... instead of recursing.
items = [1, 2]
items.append(items)
print(items, len(items), items[2] is items)

table = {"name": "root"}
table["self"] = table
print(table)

pair = ([],)
pair[0].append(pair)
print(pair)

a = [1]
b = [a]
a.append(b)
print(a, b)

d = {}
d[1] = [d]
print(d, repr(d[1]))

# Equality of two distinct recursive structures recurses until the limit.
x = []
x.append(x)
y = []
y.append(y)
print(x == x, x is x)
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)

# A dict holding one of its own views prints the view as ...
views = {}
views["values"] = views.values()
print(views)
pairs = {}
pairs["items"] = pairs.items()
print(pairs)
