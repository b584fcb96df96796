# An exception thrown into a yield from chain and not handled shows every frame
def inner():
    yield 1

def middle():
    yield from inner()

def outer():
    yield from middle()

g = outer()
next(g)
g.throw(ValueError("thrown"))
