def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(next(f))
for i, v in zip(range(3), fib()):
    print(i, v)
