# throw() raises inside the generator at the paused yield
def worker():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e))
            n += 100
        except KeyError:
            print("key error, returning")
            return "done"
        n += 1

w = worker()
print(next(w))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(list(s))
try:
    s.throw(TypeError("after close"))
except TypeError as e:
    print("closed generator re-raises:", e)

s = simple()
try:
    s.throw("not an exception")
except TypeError as e:
    print(e)
try:
    s.throw(ValueError("x"), 5)
except TypeError as e:
    print(e)
try:
    s.throw(IndexError("created"))
except IndexError as e:
    print("thrown into a new generator:", e)
print(s.gi_frame)
print(next(s, "exhausted"))

def reraiser():
    try:
        yield
    except Exception as e:
        raise KeyError("wrapped") from e

r = reraiser()
next(r)
try:
    r.throw(ZeroDivisionError("z"))
except KeyError as e:
    print(repr(e), repr(e.__cause__))
