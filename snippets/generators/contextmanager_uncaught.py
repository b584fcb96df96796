# An exception passing through a generator-based context manager keeps its traceback
from contextlib import contextmanager

@contextmanager
def logged(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)

def work():
    with logged("outer"):
        with logged("inner"):
            raise KeyError("missing")

work()
