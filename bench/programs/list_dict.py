# List and dict work: appends, indexing, sorting, counting.
counts = {}
data = []
for i in range(2_000_000):
    key = (i * 7919) % 1013
    counts[key] = counts.get(key, 0) + 1
    data.append(key)
data.sort()
evens = [x for x in data if x % 2 == 0]
total = 0
for k, v in counts.items():
    total += k * v
print("checksum:", total + len(evens) + data[len(data) // 2] + len(counts))
