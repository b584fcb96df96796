# functools: reduce, partial, wraps, lru_cache/cache with cache_info,
# total_ordering, cached_property and cmp_to_key.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), square.func is power, square.args, square.keywords)
print(repr(partial(power, 2))[:40])
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def sq(x):
    print("computing", x)
    return x * x
sq(3); sq(3); sq(4)
print(sq.cache_info())
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
fib.cache_clear()
print(fib.cache_info())
