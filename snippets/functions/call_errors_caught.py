def f(a, b):
    return a + b

for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=1)):
    try:
        call()
    except TypeError as e:
        print(e)
