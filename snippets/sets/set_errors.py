# Error messages of set operations.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1}
attempt(lambda: s.add())
attempt(lambda: s.add(1, 2))
attempt(lambda: s.pop(1))
attempt(lambda: s.union(x=1))
attempt(lambda: s.symmetric_difference())
attempt(lambda: s.issubset())
attempt(lambda: set(1, 2))
attempt(lambda: set(x=1))
attempt(lambda: frozenset(1, 2))
attempt(lambda: set(1))
attempt(lambda: s.update(1))
attempt(lambda: s.remove([1]))
attempt(lambda: s.remove({1}))
attempt(lambda: s.remove(2))
attempt(lambda: s.remove((1, 2)))
attempt(lambda: {[1]})
attempt(lambda: {1, {2}})
attempt(lambda: set().pop())
attempt(lambda: hash(s))
attempt(lambda: s.union(1))
attempt(lambda: s.isdisjoint(1))
attempt(lambda: frozenset().add)
attempt(lambda: frozenset({1}).pop())
attempt(lambda: s.update([2, [3]]))
print(s)
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t)
