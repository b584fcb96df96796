# range: a lazy arithmetic sequence.
r = range(0, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)

# Slicing a range gives a range.
print(r[2:5], r[::2], r[::-1], r[1:-1:2], r[100:], range(10)[::-3])

# Fast membership and search for ints.
print(9 in r, 10 in r, 9.0 in r, "9" in r, r.index(9), r.count(9), r.count(9.0))
print(10**30 + 2 in range(10**30, 10**30 + 5), range(10**30, 10**30 + 5)[2])

# Equality compares the sequences of values.
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5))
print(range(3) == [0, 1, 2], range(3) != range(0, 3), hash(range(0)) == hash(range(5, 5)))
print(hash(range(5)) == hash(range(0, 5, 1)), {range(3): "r"}[range(0, 3)])

# Reversed, repr, truthiness, negative steps
print(list(reversed(range(1, 10, 3))), repr(range(5)), repr(range(1, 5, 2)), bool(range(0)))
print(list(range(10, 0, -3)), list(range(-5)), range(5, 1), list(range(True, 4)))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(range(10**20)[10**19], range(10**20)[-1], range(10**20)[:3], range(3)[1:10**20])
