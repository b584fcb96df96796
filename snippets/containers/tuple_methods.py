# Tuples: immutable sequences with index() and count().
point = (3, 4, 3, 5)
print(point.index(3), point.index(3, 1), point.index(5, -1), point.count(3), point.count(9))
print(len(point), point[1:], point[::-1], 4 in point, (1,), (), tuple("ab"), tuple(range(3)))

# Tuples of hashable items are hashable.
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[1, 2])

try:
    point.index(7)
except ValueError as e:
    print("ValueError:", e)

try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)

try:
    point[0] = 1
except TypeError as e:
    print("TypeError:", e)

try:
    del point[0]
except TypeError as e:
    print("TypeError:", e)

try:
    point.count()
except TypeError as e:
    print("TypeError:", e)

try:
    print(point[10])
except IndexError as e:
    print("IndexError:", e)

# A tuple holding a list can still change through the list.
box = ([1],)
box[0].append(2)
print(box)
try:
    box[0] += [3]
except TypeError as e:
    print("TypeError:", e, box)
