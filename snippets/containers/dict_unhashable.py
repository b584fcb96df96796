# Only hashable objects can be dict keys or set members.
def attempt(label, action):
    try:
        print(label, action())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("list key:", lambda: {[1, 2]: "x"})
attempt("dict key:", lambda: {{}: 1})
attempt("set key:", lambda: {1: 2}[{3}])
attempt("in with list:", lambda: [1] in {1: 2})
attempt("tuple holding list:", lambda: {(1, [2]): 3})
attempt("set of lists:", lambda: {[1]})
attempt("hash(bytearray):", lambda: hash(bytearray(b"x")))
attempt("hash(slice):", lambda: hash(slice(1, 2)))

# A class that defines __eq__ but not __hash__ is unhashable.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

print(Money.__hash__)
attempt("Money key:", lambda: {Money(5): "five"})
attempt("hash(Money):", lambda: hash(Money(5)))

# Restoring hashing explicitly.
class Coin(Money):
    __hash__ = object.__hash__

attempt("Coin is hashable:", lambda: len({Coin(1), Coin(1)}))

# Frozen alternatives work as keys.
print({(1, 2): "tuple", frozenset({1}): "frozenset", "s": "str", 1.5: "float", None: "none"})

# The mutable built-ins mark themselves unhashable the same way.
print(list.__hash__, dict.__hash__, set.__hash__, [].__hash__)
print((1, 2).__hash__() == hash((1, 2)), frozenset().__hash__() == hash(frozenset()))
