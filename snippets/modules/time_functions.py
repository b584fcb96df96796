import time
t0 = time.time()
print(type(t0), t0 > 1_600_000_000)
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(type(elapsed), elapsed >= 0.009, elapsed < 5)
stamp = time.ctime()
print(stamp)
print(type(stamp), len(stamp))
print(time.time() >= t0)
