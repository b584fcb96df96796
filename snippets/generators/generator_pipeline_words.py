lines = ["the quick brown fox", "", "jumps over", "the lazy dog", "  "]

def nonblank(lines):
    for line in lines:
        if line.strip():
            yield line

def words(lines):
    for line in lines:
        yield from line.split()

def lengths(words):
    for w in words:
        print("measuring", w)
        yield w, len(w)

pipeline = lengths(words(nonblank(lines)))
print(type(pipeline).__name__)
for word, n in pipeline:
    if n > 4:
        print("long:", word)
