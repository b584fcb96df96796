# send() delivers values into a suspended generator
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stopped with", e.value, e.args)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))

def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        print("got", v)

e = echo()
next(e)
for item in ["a", (1, 2), None, [3]]:
    print("->", e.send(item))
e.close()
try:
    e.send(1)
except StopIteration as s:
    print("closed generator raises StopIteration", s.args)
