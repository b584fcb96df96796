# itertools.count, cycle and repeat
from itertools import count, cycle, repeat, islice
import itertools

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(1, 2), count(0.5), count(2, 0.25))
print(list(islice(count(10, -3), 4)))
c = count(1.0)
next(c)
print(c)
print(list(islice(cycle("abc"), 7)))
print(list(cycle([])))
print(repeat("x", 3), list(repeat("x", 3)), list(repeat(1, -2)))
r = repeat(None)
print(r, next(r))
r = repeat(7, 2)
next(r)
print(r)
print(list(map(pow, range(5), repeat(2))))
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
print(type(c).__name__, type(c).__module__, itertools.count is count)
