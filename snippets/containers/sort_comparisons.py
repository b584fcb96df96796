# How sort compares: only with <, in CPython's order (binary insertion for
# short lists), and an error leaves the list partly sorted.
class Version:
    log = []

    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        Version.log.append(f"{self.text}<{other.text}")
        return self.parts < other.parts

    def __repr__(self):
        return self.text

versions = [Version(v) for v in ["1.10", "1.2", "1.9", "0.9", "1.2"]]
print(sorted(versions))
print(" ".join(Version.log))

Version.log.clear()
print(sorted(versions, reverse=True), len(Version.log))

# max/min use the same operator.
Version.log.clear()
print(max(versions), Version.log)

# A type error stops the sort midway.
mixed = [3, 1, "two", 0]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(mixed)

# A key function is called exactly once per item, before any comparison.
calls = []

def key(word):
    calls.append(word)
    return len(word)

print(sorted(["ccc", "a", "bb"], key=key), calls)
