# reversed(): built-in sequences, __reversed__, or __len__ + __getitem__.
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), "".join(reversed("abc")))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed({1: 2}.items())))

class Countdown:
    """A sequence: reversed() walks it from len-1 down to 0."""
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("countdown index out of range")
        return f"step{i}"

print(list(reversed(Countdown(3))), list(Countdown(2)))

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __reversed__(self):
        print("  (custom __reversed__)")
        return iter(self.songs[::-1])

print(list(reversed(Playlist("intro", "verse", "outro"))))

for obj in (object(), {1, 2}, 42, (x for x in "ab")):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)

# A reverse iterator over a list that shrinks stops early, and stays stopped.
songs = ["a", "b", "c", "d"]
rev = reversed(songs)
print(next(rev), next(rev))
songs.clear()
print(list(rev))
songs.extend("xyz")
print(list(rev))
