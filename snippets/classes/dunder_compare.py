class Money:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __repr__(self):
        return f"Money({self.v})"


a, b = Money(1), Money(2)
print(a == Money(1), a != Money(1), a == b, a < b, a > b, b >= a, a <= a)
print(sorted([Money(3), a, b]), max([a, b]), min([b, a]))
print(a in [Money(0), Money(1)], [a, b].index(Money(2)))
try:
    hash(a)
except TypeError as e:
    print(e)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
try:
    p < Plain()
except TypeError as e:
    print(e)
