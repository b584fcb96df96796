# The time module: struct_time, gmtime/localtime, strftime, mktime, asctime.
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_zone)
print(t[0], t[:3], len(t), tuple(t) == t, isinstance(t, tuple))
year, month, day, *rest = t
print(year, month, day, rest)

print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%A, %d %B %Y", t))
print(time.asctime(t))
print(time.strftime("%a %b %d", (2024, 3, 1, 0, 0, 0, 4, 61, 0)))
print(time.struct_time((2024, 3, 1, 12, 0, 0, 4, 61, 0)))

# TZ is UTC here, so localtime and gmtime agree
print(time.localtime(0) == time.gmtime(0))
print(time.mktime((2024, 3, 1, 12, 0, 0, 4, 61, 0)))
print(time.ctime(0))
print(time.strptime("2024-03-01", "%Y-%m-%d"))

# Clocks: only their types and order are stable
print(type(time.time()).__name__, type(time.time_ns()).__name__)
a = time.perf_counter_ns(); b = time.perf_counter_ns()
print(b >= a, type(time.monotonic()).__name__, type(time.process_time()).__name__)

for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2)):
    try:
        time.strftime("%Y", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.gmtime("now")
except TypeError as e:
    print("TypeError:", e)
