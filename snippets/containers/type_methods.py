# Methods looked up on the type are unbound: pass the object first.
print(str.upper("abc"), list.index([5, 6], 6), dict.get({1: "one"}, 1), set.union({1}, [2]))
print(tuple.count((1, 1, 2), 1), frozenset.union(frozenset([1]), [2]), int.bit_length(255))
print(list(map(str.strip, ["  a ", "b  "])), sorted(["b", "A"], key=str.casefold))
print(list.append, dict.keys, repr(set.add))

# The special methods behind the syntax, called by name.
xs = [3, 1, 2]
print(xs.__len__(), xs.__getitem__(0), xs.__contains__(2), list(xs.__iter__()))
xs.__setitem__(0, 9)
xs.__delitem__(1)
print(xs, {1: 2}.__getitem__(1), (1, 2).__len__(), "ab".__contains__("b"))

# The object must be of the right type.
for call in (lambda: list.append((), 1), lambda: str.upper(5), lambda: dict.keys([]), lambda: list.append()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Operator methods return NotImplemented for operands of another type,
# which is how Python knows to try the other operand or raise TypeError.
print([1].__eq__([1]), [1].__eq__((1,)), [1].__lt__([2]), (1, 2).__ge__((1,)))
print([1].__add__([2]), [7].__mul__(3), [7].__rmul__(2))
print({1}.__or__({2}), {1, 2}.__and__([2]), {1: "a"}.__or__({2: "b"}), "ab".__add__("c"))
grow = [1]
print(grow.__iadd__((2, 3)), grow, list([1, 2].__reversed__()), [3].__repr__(), list.__eq__([1], [1]))

# Sequences raise instead for + and * with a wrong operand.
for call in (lambda: [1].__add__((2,)), lambda: (1,).__add__("x"), lambda: [1].__mul__("x")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
