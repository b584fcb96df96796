# Dict and set work: string and tuple keys, membership, set algebra, views.
words = [f"w{i % 5003}" for i in range(600_000)]
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
seen = set()
dupes = 0
for i in range(1_200_000):
    key = (i % 997, i % 13)
    if key in seen:
        dupes += 1
    else:
        seen.add(key)
a = set(range(0, 300_000, 3))
b = set(range(0, 300_000, 5))
algebra = len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
grid = {(x, y): x * y for x in range(300) for y in range(300)}
diag = sum(grid[(k, k)] for k in range(300))
common = len(freq.keys() & {f"w{i}" for i in range(0, 10_000, 7)})
inverted = {}
for w, n in freq.items():
    inverted.setdefault(n, []).append(w)
print("checksum:", len(freq) + dupes + algebra + diag + common + len(inverted))
