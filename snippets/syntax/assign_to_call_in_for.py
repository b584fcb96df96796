def f():
    return [1]

for f() in [1, 2]:
    pass
