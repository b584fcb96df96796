# ABC.register(cls) declares a "virtual subclass": isinstance/issubclass say
# yes although the class neither inherits nor implements anything.
from collections.abc import Sequence, Iterable, Sized, MutableSequence, Hashable


class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __getitem__(self, i):
        return self.songs[i]

    def __len__(self):
        return len(self.songs)


p = Playlist(["intro", "verse"])
print("before:", isinstance(p, Sequence), isinstance(p, Sized))

Sequence.register(Playlist)
print("after:", isinstance(p, Sequence), issubclass(Playlist, Sequence))
# Registration also counts for the ABCs Sequence derives from...
print("bases:", issubclass(Playlist, Iterable))
# ...but not for the ones below it.
print("MutableSequence:", issubclass(Playlist, MutableSequence))
# Registering does not add the mixin methods: Playlist still has no index().
print("has index:", hasattr(p, "index"))


# register returns the class, so it works as a decorator.
@Sequence.register
class Deck:
    pass


print(Deck.__name__, issubclass(Deck, Sequence))

# Registering twice is harmless; subclasses of registered classes count too.
Sequence.register(Playlist)


class Remix(Playlist):
    pass


print(issubclass(Remix, Sequence))

# Only classes can be registered.
try:
    Sequence.register(Playlist(["x"]))
except TypeError as e:
    print(type(e).__name__, e)

# An ABC cannot be registered as a virtual subclass of its own subclass.
try:
    MutableSequence.register(Sequence)
except RuntimeError as e:
    print(type(e).__name__, e)

# Hashable is structural: classes are hashable unless __hash__ is None.
class Point:
    def __eq__(self, other):
        return True


print(isinstance(Playlist([]), Hashable), isinstance(Point(), Hashable))
