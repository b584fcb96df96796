def show(**kwargs):
    print(type(kwargs), kwargs)
    for key, value in kwargs.items():
        print(" ", key, "=", value)

show()
show(a=1, b="two")
opts = {"x": 1, "y": 2}
show(**opts, z=3)

def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, d=6, e=7))
