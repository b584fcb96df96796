import sys

def f():
    pass

def g():
    yield 1

print(f)
print(g())
print(lambda x: x)
print(len, print)
print(sys)
print(int, type, str, ValueError)
print(repr(f).startswith("<function f at 0x"))
print([f, None])
