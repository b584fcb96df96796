# An exception group nobody can catch ("Exception ignored in") is reported
# with a plain traceback header and no tree of sub-exceptions.
class Resource:
    def __del__(self):
        raise ExceptionGroup("cleanup failed", [ValueError(1), OSError(2)])

r = Resource()
del r
print("after __del__")

def stream():
    try:
        yield 1
    finally:
        raise ExceptionGroup("generator cleanup", [KeyError("k")])

g = stream()
print(next(g))
del g
print("end")
