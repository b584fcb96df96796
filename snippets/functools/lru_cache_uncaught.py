# lru_cache needs hashable arguments: a list is not, and the TypeError is
# not caught.
from functools import lru_cache


@lru_cache(maxsize=32)
def total(items):
    return sum(items)


print(total((1, 2, 3)), total.cache_info())
print(total([1, 2, 3]))
