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
