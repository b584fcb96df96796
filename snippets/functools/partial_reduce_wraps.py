# partial, reduce and wraps.
from functools import partial, reduce, wraps

int2 = partial(int, base=2)
print(int2("1011"), int2.func, int2.args, int2.keywords, int2)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), partial(square, 3)())

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper docstring"""
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w: float, h: float) -> float:
    """Area of a rectangle."""
    return w * h


print(area(2, 3))
print(area.__name__, area.__doc__, area.__annotations__, area.__wrapped__.__name__)
