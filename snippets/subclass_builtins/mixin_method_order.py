# A built-in base comes before later bases in the MRO: its own methods
# win over a mixin's; methods it lacks come from the mixin.
class Mixin:
    def __repr__(self): return "Mixin repr"
    def describe(self): return "mixin describe"
    def __add__(self, other): return "mixin add"
    def bit_length(self): return "mixin bit_length"
class I(int, Mixin):
    pass
class J(Mixin, int):
    pass
i, j = I(5), J(5)
print(repr(i), i + 1, i.bit_length(), i.describe(), I.__mro__)
print(repr(j), j + 1, j.bit_length(), j.describe())
for k in range(2):
    print(i.bit_length(), j.bit_length())
class S(str, Mixin): pass
print(repr(S("x")), S("x").upper(), S("x").describe())
