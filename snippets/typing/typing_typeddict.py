# TypedDict: a dict with declared keys; instances are plain dicts.
from typing import TypedDict, NotRequired


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), m["title"])
m2: Movie = {"title": "Alien", "year": 1979}
print(m2, Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)


class Options(TypedDict, total=False):
    verbose: bool
    depth: int


print(Options(), Options(depth=2), sorted(Options.__optional_keys__))


class Extended(Movie):
    rating: NotRequired[float]


print(list(Extended.__annotations__), sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
