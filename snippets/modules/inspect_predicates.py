import inspect

def plain():
    return 1

def gen():
    yield 1

print(inspect.isfunction(plain), inspect.isfunction(gen), inspect.isfunction(len))
print(inspect.isfunction(lambda: 0), inspect.isfunction(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
g = gen()
print(inspect.isgenerator(g), inspect.isgenerator(gen), inspect.isgenerator(iter([])))
print(inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(gen))
print(inspect.iscoroutine(g), inspect.iscoroutine(plain))
print(type(plain), type(gen), type(g))
