# keys(), values() and items() are live views of the dict.
prices = {1: 10, 2: 20, 3: 30}
keys, values, items = prices.keys(), prices.values(), prices.items()
print(keys, values, items)
prices[4] = 40
print(len(keys), 4 in keys, 40 in values, (4, 40) in items, (4, 41) in items)
print(list(keys), list(values), list(items))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)))

# Keys and items views support set operations (results are sets).
print(keys & {2, 3, 9}, keys | {9}, keys - {1, 2}, keys ^ {4, 5})
print(items & {(1, 10), (2, 99)}, items - {(1, 10), (2, 20), (3, 30)})
print({0, 1} | keys, [3, 4, 5] - keys if False else None)
print(keys == {1, 2, 3, 4}, keys <= {1, 2, 3, 4, 5}, keys < {1, 2, 3, 4}, keys > {1})
print(keys.isdisjoint({7, 8}), keys.isdisjoint([4]), items.isdisjoint([(1, 10)]))
print(keys == [1, 2, 3, 4], values == values, values == prices.values())

# The mapping attribute shows the underlying dict read-only.
print(keys.mapping, type(items).__name__, type(iter(values)).__name__)

# Views are not hashable and values views do no set operations.
for action in (lambda: hash(keys), lambda: values | {1}, lambda: keys < [1]):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
