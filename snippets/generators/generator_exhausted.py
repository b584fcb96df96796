def gen():
    yield "only"

g = gen()
print(list(g))
print(list(g))
print(next(g, "exhausted"))
for x in g:
    print("never", x)
print("done")
