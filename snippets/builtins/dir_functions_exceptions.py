# dir() of functions, generators and exceptions: their public attributes.


def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


def greet(name):
    return "hi " + name


# A plain function has no public attributes until we add some
print(public(greet))
greet.calls = 0
greet.tag = "demo"
print(public(greet))
print("__name__" in dir(greet), "__code__" in dir(greet), "__defaults__" in dir(greet))


def count(n):
    yield from range(n)


gen = count(3)
print(public(gen))
print("__next__" in dir(gen), "__iter__" in dir(gen))

# Exceptions carry args, with_traceback and add_note
err = ValueError("bad value")
print(public(err))
print(public(KeyError))
print("__cause__" in dir(err), "__context__" in dir(err), "__traceback__" in dir(err))


class AppError(Exception):
    code = 500

    def explain(self):
        return "server error"


e = AppError("boom")
e.detail = "disk full"
print(public(e))
print(public(AppError))

# dir(None) and dir of a built-in function
print(public(None))
print("__name__" in dir(len), "__self__" in dir(len))
