# Tutorial: count words in a text with a dict, then rank them.
text = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
a quick dog is a happy dog"""

counts = {}
for line in text.splitlines():
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))

# Rank by count (descending), ties alphabetically.
ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranking[:5]:
    print(f"{word:>6} {'#' * n} {n}")

# Group words by length with setdefault.
by_length = {}
for word in sorted(counts):
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, by_length[length])

# Words used once, and the first letters used.
print("hapax:", sorted(w for w, n in counts.items() if n == 1))
print("letters:", "".join(sorted({w[0] for w in counts})))
print("most common:", max(counts, key=counts.get))
