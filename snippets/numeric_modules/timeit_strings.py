# timeit with statements as strings, setup code and globals.
import timeit

n = 10
t = timeit.timeit("sum(range(n))", number=100, globals=globals())
print(type(t).__name__, t >= 0)
t = timeit.timeit("s.upper()", setup="s = 'abc'", number=100)
print(type(t).__name__)
times = timeit.repeat("x = [i * i for i in range(20)]", repeat=3, number=50)
print(len(times), all(isinstance(x, float) for x in times))
timer = timeit.Timer("'-'.join(map(str, range(5)))")
number, total = timer.autorange()
print(number >= 1, total >= 0.2)

try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
