def make(n):
    class K:
        val = n

        def get(self):
            return n + self.val

        def __iter__(self):
            yield from range(self.val)

    return K


K = make(3)
print(K().get(), list(K()), K.__qualname__)


class A:
    def f(self):
        def g():
            return __class__
        return g()


print(A().f())


class Mix:
    def __eq__(self, o):
        return "eq!"


print(Mix() == 1, Mix() != 1, 1 == Mix())


class NI:
    def __radd__(self, o):
        return "radd"


print(1 + NI(), [1] + NI())


class R:
    def __repr__(self):
        return 5


try:
    repr(R())
except TypeError as e:
    print(e)
