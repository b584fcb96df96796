# Generator introspection: state, frame, code and names
import inspect

def gen(a, b=2):
    x = a + b
    yield x
    y = x * 2
    yield y

g = gen(1)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
print(g.gi_frame.f_lineno, inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
print(g.gi_frame.f_lineno, inspect.getgeneratorlocals(g))
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(g.gi_code.co_name, g.gi_code is gen.__code__)
print(list(g))
print(inspect.getgeneratorstate(g), g.gi_frame, inspect.getgeneratorlocals(g))

def watcher():
    yield inspect.getgeneratorstate(w)

w = watcher()
print(next(w))

print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
try:
    g.__name__ = 3
except TypeError as e:
    print(e)
try:
    g.gi_frame = None
except AttributeError as e:
    print(e)
try:
    g.gi_running = True
except AttributeError as e:
    print(e)
try:
    g.spam = 1
except AttributeError as e:
    print(e)

class C:
    def method(self):
        yield self

print(C().method().__qualname__, type(C().method()).__name__)
