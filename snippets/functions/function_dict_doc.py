# A function's __dict__, __doc__ and __module__.
def f():
    "doc"
print(f.__dict__, f.__doc__, f.__module__)
f.x = 1
print(f.__dict__, f.x)
f.__doc__ = "new"
print(f.__doc__)
del f.x
print(f.__dict__)
