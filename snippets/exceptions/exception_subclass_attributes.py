# Attributes of exception subclasses: properties (with setters and
# deleters), descriptors, assigning args, and the instance __dict__.
class E(Exception):
    @property
    def code(self):
        return 42
    def describe(self):
        return f"E with {self.code}"

e = E("boom")
print(e.code, e.describe())
e.args = ("changed", 1)
print(e.args, e)
try:
    raise E("x")
except E as err:
    print(err.code)
class F(E):
    code = 7
print(F().code)
class G(ValueError):
    __slots__ = ()
    @property
    def note(self):
        raise RuntimeError("not set")
try:
    G().note
except RuntimeError as ex:
    print("RuntimeError", ex)
e2 = E()
e2.extra = 1
print(e2.extra, e2.__dict__)
class H(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self._code = code
    @property
    def code(self):
        return self._code
    @code.setter
    def code(self, v):
        print("setting code", v)
        self._code = v
h = H("m", 3)
h.code = 5
print(h.code, h._code, sorted(h.__dict__))
try:
    del h.code
except AttributeError as ex:
    print(ex)
e3 = E("a")
e3.args = [1, 2]
print(e3.args, repr(e3))
try:
    e3.args = 5
except TypeError as ex:
    print(ex)
class Desc:
    def __get__(self, obj, cls):
        return ("desc", type(obj).__name__)
class K(KeyError):
    d = Desc()
print(K("x").d)
k = K("y")
k.__dict__["z"] = 9
print(k.z)
