class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x


print(hash(P(3)) == hash(3), P(1) == P(1))


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(e)
