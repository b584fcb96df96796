from inspect import isfunction as f
from inspect import isgenerator, isgeneratorfunction
from sys import argv, version_info as vi

def g():
    yield 1

print(f(g), f(len), f(lambda: 0), f(1))
print(isgeneratorfunction(g), isgenerator(g()), isgenerator(g))
print(argv, vi[:2])
print(type(f))
