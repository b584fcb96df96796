# timeit with callables: only the types and counts are stable between runs.
import timeit

calls = []
t = timeit.timeit(lambda: calls.append(1), number=1000)
print(type(t).__name__, t >= 0, len(calls))
times = timeit.repeat(lambda: sum(range(10)), repeat=3, number=100)
print(len(times), all(x >= 0 for x in times))
timer = timeit.Timer(lambda: None)
print(type(timer.timeit(number=10)).__name__)
import time
print(timeit.default_timer is time.perf_counter)
