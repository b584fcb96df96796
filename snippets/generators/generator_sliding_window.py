# Sliding windows over any iterable with a deque as the buffer.
from collections import deque
from itertools import islice


def sliding_window(iterable, n):
    if n < 1:
        raise ValueError(f"window size must be at least 1, got {n}")
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for item in it:
        window.append(item)
        yield tuple(window)


print(list(sliding_window([1, 2, 3, 4, 5], 3)))
print(list(sliding_window("abcd", 2)))
print(list(sliding_window([1, 2], 5)))  # shorter than the window: nothing


# Moving averages from the windows.
prices = [10, 12, 11, 15, 14, 16]
averages = [round(sum(w) / len(w), 2) for w in sliding_window(prices, 3)]
print(averages)


# Works on infinite generators, consumed lazily.
def naturals():
    n = 1
    while True:
        yield n
        n += 1


print(list(islice(sliding_window(naturals(), 4), 3)))


# Pairwise differences with a window of two.
def deltas(values):
    for a, b in sliding_window(values, 2):
        yield b - a


print(list(deltas(prices)))

# Fixed-size chunks (non-overlapping) for comparison.
def chunks(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


print(list(chunks(range(7), 3)))

# The check runs when the generator starts, not when it is created.
windows = sliding_window([1, 2, 3], 0)
print(type(windows).__name__)
try:
    next(windows)
except ValueError as e:
    print(type(e).__name__, e)
