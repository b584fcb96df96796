# defaultdict: a missing key gets a default made by the factory.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups.default_factory)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, repr(defaultdict(int)))

odd = defaultdict(lambda: "n/a")
print(odd["x"], len(odd), "x" in odd)

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
