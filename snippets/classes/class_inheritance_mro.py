class A:
    def who(self):
        return "A"

    def hello(self):
        return "hello from " + self.who()


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().hello(), D.__mro__)
print([k.__name__ for k in D.mro()])
print(D.__bases__, B.__bases__, A.__bases__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), (int, C)))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(e)
