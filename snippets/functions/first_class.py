def apply(func, *args):
    return func(*args)

def compose(f, g):
    return lambda x: f(g(x))

print(apply(max, 3, 9, 2), apply(len, "abc"))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name, op in ops.items():
    print(name, op(6, 7))
handlers = [print, repr, str]
print(callable(apply), callable(3), handlers[1]("x"))
