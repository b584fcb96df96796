# Set operators and their in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} <= b, {3, 4} < b, b < b, b <= b, a > {1}, a >= a, a == {4, 3, 2, 1})

# frozensets mix with sets; the left operand decides the result type.
f = frozenset({2, 9})
print(a | f, f | a, type(a & f).__name__, type(f & a).__name__, f - a, a == frozenset(a))

# In-place forms mutate the same object.
c = {1, 2}
alias = c
c |= {3}
c &= {2, 3, 4}
c -= {2}
c ^= {7, 3}
print(c, alias is c)

# Operators need sets on both sides; methods accept any iterable.
for action in (lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: [1] ^ a, lambda: a <= [1], lambda: a < 3):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)

def ior_list():
    s = {1}
    s |= [2]

try:
    ior_list()
except TypeError as e:
    print("TypeError:", e)
print(a.union([1]), a.issubset(range(10)))

# Comparisons are subset tests, so sets are not totally ordered.
x, y = {1, 2}, {2, 3}
print(x < y, x > y, x == y, sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
