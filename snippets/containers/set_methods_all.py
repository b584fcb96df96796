# Every set method. Small ints iterate in a predictable order.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(3)
print(s)
s.remove(4)
print(s, s.pop(), s)

# update-style methods take any number of iterables.
s = {1, 2}
s.update([3], (4, 5), range(6, 8), {8: "dict keys"})
print(s)
s.intersection_update(range(10), [1, 2, 3, 4, 5, 6, 99])
print(s)
s.difference_update([1], {2})
print(s)
s.symmetric_difference_update([5, 6, 7])
print(s)

# The non-mutating forms take any iterables too and return new sets.
a = {1, 2, 3}
print(a.union([4], (5,)), a.intersection([2, 3, 4], {3}), a.difference([1], range(3, 4)))
print(a.symmetric_difference([3, 4]), a.union(), a.copy(), a.copy() is a)
print(a.issubset([1, 2, 3, 4]), a.issuperset((1, 2)), a.isdisjoint("abc"), a.isdisjoint([3]))

# clear, len, membership
b = set(range(5))
b.clear()
print(b, len(b), 1 in a, 9 not in a)

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(f"{label} {type(e).__name__}: {e}")

attempt("remove missing:", lambda: {1}.remove(2))
attempt("remove list:", lambda: {1}.remove([2]))
attempt("pop empty:", lambda: set().pop())
attempt("update int:", lambda: {1}.update(5))
attempt("union int:", lambda: {1}.union([2], 3))
attempt("add two:", lambda: {1}.add(1, 2))
attempt("symmetric two:", lambda: {1}.symmetric_difference([1], [2]))
# A set argument to remove/discard/in is looked up as a frozenset.
fs = {frozenset({1, 2}), 3}
attempt("set in set:", lambda: {1, 2} in fs)
fs.discard({1, 2})
print(fs)
