def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fibonacci()
print([next(gen) for _ in range(15)])
for i, f in enumerate(fibonacci()):
    if f > 1000:
        print("first above 1000:", i, f)
        break
