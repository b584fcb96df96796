# Tutorial: removing duplicates, with and without keeping order.
readings = [5, 3, 5, 1, 3, 9, 1, 5]

print(sorted(set(readings)))              # order lost, then sorted
print(list(dict.fromkeys(readings)))      # first occurrences, in order

seen = set()
unique = []
for r in readings:
    if r not in seen:
        seen.add(r)
        unique.append(r)
print(unique, len(seen))

# Duplicates and their counts.
counts = {}
for r in readings:
    counts[r] = counts.get(r, 0) + 1
print({k: v for k, v in counts.items() if v > 1})
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# Dedupe unhashable items via a hashable key.
people = [["ann", 31], ["bob", 25], ["ann", 31], ["cy", 25]]
keyed = {tuple(p): p for p in people}
print(list(keyed.values()))
try:
    set(people)
except TypeError as e:
    print("TypeError:", e)

# Case-insensitive dedupe keeping the first spelling.
words = ["Apple", "apple", "Banana", "APPLE", "banana", "cherry"]
firsts = {}
for w in words:
    firsts.setdefault(w.lower(), w)
print(list(firsts.values()))
