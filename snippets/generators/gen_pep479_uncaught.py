# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    next(iter([]))

def wrapper():
    yield from leaky()

for v in wrapper():
    print(v)
