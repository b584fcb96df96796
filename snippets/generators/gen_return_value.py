# A generator's return value travels in StopIteration
def g():
    yield 1
    return 5

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))

def h():
    return (1, 2)
    yield

try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)

def none():
    yield
    return None

n = none()
next(n)
try:
    next(n)
except StopIteration as e:
    print(repr(e.value), e.args)

print(next(g(), "default"), list(g()))
it = g()
next(it)
next(it)
