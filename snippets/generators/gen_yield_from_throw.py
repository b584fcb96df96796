# throw() and close() go to the innermost generator of a yield from chain
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner done"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(ValueError("v")))
print(next(o))
o.close()
print("---")
o = outer()
next(o)
print(o.throw(KeyError("k")))
o.close()
print("---")
o = outer()
next(o)
o.close()
print("---")

class Sub:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, exc):
        print("Sub.throw", repr(exc))
        raise StopIteration("sub value")
    def close(self):
        print("Sub.close")

def over_sub():
    v = yield from Sub()
    print("over_sub got", v)
    yield "end"

g = over_sub()
print(next(g), next(g))
print(g.throw(ValueError("q")))
g = over_sub()
next(g)
g.close()

def over_list():
    try:
        yield from [1, 2]
    except ValueError:
        print("list has no throw: raised at yield from")
        yield 99

g = over_list()
next(g)
print(g.throw(ValueError))

def stubborn_inner():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("inner close failed")

def wrap():
    try:
        yield from stubborn_inner()
    except ValueError as e:
        print("outer sees", e)
        raise

w = wrap()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised", e)
