# Comparing sequences: lexicographic, item by item.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, "b") < (1, "c"), (0, 5) <= (0, 5), ("a",) >= ("a", ""))
print([1, 2] == [1, 2.0], [1, [2, 3]] == [1, [2, 3]], (1, 2) != (2, 1))

# Lists and tuples are never equal to each other.
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])

# The first differing items decide; later items are never compared.
print((1, "x") < (2, 3), [1, "a"] == [2, 3])

# Ordering different types fails.
for a, b in [([1, 2], (1, 2)), ([1, "a"], [1, 2]), ([1], None), ((1,), "1")]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)

# Comparison helpers use the same rules.
scores = [(90, "amy"), (85, "bob"), (90, "abe")]
print(max(scores), min(scores), sorted(scores))

# Identity is checked first: an item that is itself compares equal.
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
