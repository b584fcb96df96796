# __new__ with super().__new__(cls): a singleton, object.__new__ directly,
# and the errors for types it cannot make.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class P:
    pass
p = object.__new__(P)
print(type(p).__name__, isinstance(p, P))
class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(repr(E("x")))
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
