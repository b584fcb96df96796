# Where annotations are stored: exec namespaces, nested classes, mangled
# private names, compound statements, attributes and subscripts (evaluated
# but not stored), *args/**kwargs, lambdas, classes and modules without any.
g = {}
exec("x: int = 5\ny: 'str'", g)
print(g['__annotations__'], g['x'])
def make():
    class Inner:
        a: int
        b: list[str] = []
    return Inner
print(make().__annotations__)
class Private:
    __secret: int
    _ok: str
print(Private.__annotations__)
if True:
    inside_if: float = 1.0
for i in range(1):
    in_loop: bool
print(__annotations__)
class Obj:
    def __init__(self):
        self.attr: int = 3
        self.other: str
print(Obj().attr, Obj.__init__.__annotations__)
d = {}
d['k']: int = 4
print(d)
def f(*args: int, **kwargs: str): pass
print(f.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
class Empty: pass
print(Empty.__annotations__, Empty.__dict__.get('__annotations__'))
print(int.__dict__.get('__annotations__'))
try: int.__annotations__
except AttributeError as e: print(e)
import math
try: math.__annotations__
except AttributeError as e: print(e)
