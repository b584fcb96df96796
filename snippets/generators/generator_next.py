def letters():
    yield "a"
    yield "b"

g = letters()
print(next(g))
print(next(g))
print(next(g, "default"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
it = iter([1, 2])
print(next(it), next(it), next(it, None))
