def gen():
    yield 1
    raise RuntimeError("generator failed")

g = gen()
print(next(g))
print(next(g))
