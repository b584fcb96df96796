# A metaclass __setattr__ that delegates to type, and operator errors
# naming the subclass of a built-in type (not its base).
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
try: Perm.R | "x"
except TypeError as e: print(e)
class N(int): pass
try: N(1) + "a"
except TypeError as e: print(e)
try: "a" - N(1)
except TypeError as e: print(e)
class Meta(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
class A(metaclass=Meta): pass
A.x = 5
print(A.x)
