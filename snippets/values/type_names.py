import sys

def f():
    pass

def g():
    yield 1

print(type(None))
print(type(1), type(2 ** 100), type(1.5), type(True), type("s"))
print(type([]), type(()), type({}), type(set()), type(frozenset()))
print(type(range(3)), type(f), type(g), type(g()), type(lambda: 0))
print(type(len), type(print), type(sys))
print(type(type), type(int), type(iter([])), type(zip()))
print(type(enumerate([])), type(map(abs, [])), type(reversed([])))
