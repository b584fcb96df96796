# A generator suspended inside an except block keeps its own handled exception
import sys

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = gen()
print(next(g))
print(sys.exc_info()[0])
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print(sys.exc_info()[0].__name__)
print(next(g))

def ctx():
    try:
        yield
    except Exception:
        raise RuntimeError("from gen")

c = ctx()
next(c)
try:
    c.throw(TypeError("t"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
