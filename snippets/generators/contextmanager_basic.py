# contextlib.contextmanager: setup, value, teardown and exception propagation
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("p") as t:
    print("inside", t)
print(tag.__name__)

@contextmanager
def guarded():
    try:
        yield
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("finally")

with guarded():
    raise KeyError("k")
print("continued")

try:
    with guarded():
        raise ValueError("not handled")
except ValueError as e:
    print("propagated", e)

@contextmanager
def translating():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translating():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield

try:
    with swallow_and_yield():
        raise TypeError
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def stop_it():
    yield

try:
    with stop_it():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration kept:", e)

@tag("div")
def decorated(x):
    print("body", x)
    return x * 2

print(decorated(21))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("through")
except ValueError as e:
    print("not suppressed:", e)

class Resource:
    def close(self):
        print("closed")

with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)
