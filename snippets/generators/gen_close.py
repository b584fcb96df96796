# close() raises GeneratorExit at the paused yield; finally blocks run
def counter():
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")

c = counter()
print(next(c), next(c))
print(c.close())
print(c.close())
print(list(c))

c = counter()
c.close()
print("closing an unstarted generator runs nothing")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return 5

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("close propagated", repr(e), type(e.__context__).__name__)

def with_cm():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0].__name__)
    with CM():
        yield "inside"

w = with_cm()
print(next(w))
w.close()
