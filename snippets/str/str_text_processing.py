# A classic tutorial program: count words in a text and print a report.
TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the fox -- quick as ever -- jumped again!

"Why?" asked the dog.   Nobody knew.  THE END."""

def normalize(word):
    # strip punctuation at both ends and ignore case
    return word.strip(".,;:!?\"'-()").casefold()

counts = {}
for line in TEXT.splitlines():
    for raw in line.split():
        word = normalize(raw)
        if word:
            counts[word] = counts.get(word, 0) + 1

print("lines:", len(TEXT.splitlines()), "non-blank:", sum(1 for l in TEXT.splitlines() if l.strip()))
print("words:", sum(counts.values()), "distinct:", len(counts))

# the most common words, ties broken alphabetically
ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranking[:5])
for word, n in ranking[:5]:
    print(f"{word.ljust(width)} {str(n).rjust(2)} {'#' * n}")

# letter frequency with str.count on the cleaned text
letters = "".join(c for c in TEXT.lower() if c.isalpha())
top = sorted(set(letters), key=lambda c: (-letters.count(c), c))[:3]
print("top letters:", ", ".join(f"{c}={letters.count(c)}" for c in top))

# sentences: split on terminators, then tidy whitespace
sentences = []
current = ""
for ch in TEXT.replace("\n", " "):
    current += ch
    if ch in ".!?":
        sentences.append(" ".join(current.split()))
        current = ""
for i, s in enumerate(sentences, 1):
    print(f"{i}. {s[:40]}{'...' if len(s) > 40 else ''}")

# capitalised headline version of the first sentence
print(sentences[0].title().center(50, "~"))
