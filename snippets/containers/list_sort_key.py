# list.sort and sorted(): stable, with key= and reverse=.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

# Stability: equal keys keep their original order, also with reverse=True.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))

# Multi-pass sort: secondary key first, then primary key.
records.sort(key=lambda r: r[0], reverse=True)
records.sort(key=lambda r: r[1])
print(records)

# Sorting tuples compares item by item.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)

# sort returns None; sorted makes a new list from any iterable.
print([3, 2, 1].sort(), sorted({3: "c", 1: "a", 2: "b"}), sorted("hello"))
print(sorted(range(5), key=lambda n: (n % 2, -n)))

# Mixed types cannot be ordered.
try:
    sorted([3, "two", 1])
except TypeError as e:
    print("TypeError:", e)

# Changing the list from the key function is detected.
items = [3, 1, 2]
try:
    items.sort(key=lambda x: items.append(x) or x)
except ValueError as e:
    print("ValueError:", e, items)

# Keyword-only arguments.
for call in (lambda: [2, 1].sort(lambda x: x), lambda: [].sort(foo=1), lambda: sorted()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
