def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def collect(results):
    while True:
        result = yield from summer()
        results.append(result)

results = []
c = collect(results)
next(c)
for batch in ([1, 2, 3], [10, 20], []):
    for x in batch:
        c.send(x)
    c.send(None)
print(results)
