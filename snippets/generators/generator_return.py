def gen():
    yield 1
    return "finished"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e)

def empty():
    return
    yield

print(list(empty()), type(empty()))
