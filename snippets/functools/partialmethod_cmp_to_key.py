# partial, partialmethod, cmp_to_key, caches on methods and update_wrapper,
# with the argument errors of the C implementations.
from functools import reduce, partial, cmp_to_key, lru_cache, partialmethod, cache, wraps, update_wrapper, cached_property
for call in (lambda: reduce(lambda a, b: a, 5), lambda: reduce(5, [1, 2]), lambda: partial(), lambda: partial(5), lambda: reduce(), lambda: cmp_to_key()):
    try: print(call())
    except TypeError as e: print("TypeError:", e)
p = partial(max, 1, key=abs)
print(p(-5), repr(p), p.func is max)
pp = partial(p, 7)
print(pp.args, pp(-9), repr(pp))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
class A:
    @lru_cache(maxsize=None)
    def f(self, x): return x * 2
    @cache
    def g(self, x): return x + 1
a = A(); print(a.f(2), a.f(2), A.f.cache_info(), a.g(1))
def outer(): pass
def inner(): pass
update_wrapper(inner, outer); print(inner.__name__, inner.__wrapped__ is outer)
class B:
    @cached_property
    def x(self): return 1
try:
    B.__dict__['x'].__set_name__(B, 'y')
except TypeError as e: print(e)
print(type(lru_cache(lambda: 1)).__name__ if False else '', lru_cache(maxsize=10)(lambda x: x)(3))
print(partial(int, "10", base=16)(), partial(print, sep="-")(1, 2))
