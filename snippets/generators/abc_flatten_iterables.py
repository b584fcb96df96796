# The classic use of collections.abc in generator code: flatten arbitrarily
# nested iterables, treating str/bytes as atoms and mappings by their keys.
from collections.abc import Iterable, Mapping, Iterator


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from flatten(item)
        else:
            yield item


data = [1, [2, 3, (4, 5)], "six", [[b"seven"]], range(8, 10), {10: "x", 11: "y"}, {12}]
print(list(flatten(data)))

# Generators nest too; flatten pulls from them lazily.
def evens(n):
    yield from range(0, n, 2)


print(list(flatten([evens(5), (x for x in "ab"), iter([[99]])])))

# Mapping values instead of keys when asked.
def flatten_values(obj):
    if isinstance(obj, Mapping):
        for value in obj.values():
            yield from flatten_values(value)
    elif isinstance(obj, Iterable) and not isinstance(obj, str):
        for item in obj:
            yield from flatten_values(item)
    else:
        yield obj


config = {"db": {"hosts": ["a", "b"], "port": 5432}, "debug": False, "tags": ("x",)}
print(list(flatten_values(config)))

# Accept any iterable, but give a clear error for non-iterables.
def total(values):
    if not isinstance(values, Iterable):
        raise TypeError(f"expected an iterable, got {type(values).__name__}")
    return sum(values)


print(total([1, 2, 3]), total(evens(7)), total({1: "a", 2: "b"}))
try:
    total(42)
except TypeError as e:
    print(type(e).__name__, e)

# An iterator is consumed once: a second flatten over it is empty.
it = iter([[1, 2], [3]])
print(isinstance(it, Iterator), list(flatten(it)), list(flatten(it)))

# A str is Iterable too, so total() lets it through and sum() fails.
print(total("123"))
