# lru_cache and cache: memoization with statistics.
from functools import lru_cache, cache


@lru_cache(maxsize=3)
def square(n):
    print(f"  computing {n}")
    return n * n


for n in (1, 2, 1, 3, 4, 1, 2):
    print(n, square(n))
print(square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1, y=1), plain(1, 1), plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
