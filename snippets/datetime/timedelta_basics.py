# timedelta: durations, their normalised repr and str, and arithmetic.
from datetime import timedelta

examples = [
    timedelta(days=1, seconds=3600),
    timedelta(hours=36),
    timedelta(minutes=90),
    timedelta(seconds=0.5),
    timedelta(microseconds=1),
    timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7),
    timedelta(hours=-1),
    timedelta(days=-3, hours=1),
    timedelta(),
    timedelta(days=1.5),
]
for td in examples:
    print(repr(td), "->", str(td))

t = timedelta(hours=2, minutes=30)
print(t.days, t.seconds, t.microseconds, t.total_seconds())
print(t * 2, t * 1.5, t / 2, -t, abs(-t))
print(t / timedelta(minutes=1), t // timedelta(minutes=45), t % timedelta(minutes=45))
print(divmod(t, timedelta(minutes=40)))
print(t > timedelta(hours=2), t == timedelta(minutes=150), bool(timedelta(0)))
print(sum([timedelta(minutes=20)] * 5, timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution, sep=" | ")

for bad in (lambda: timedelta(days=10**9), lambda: timedelta(days="1"),
            lambda: t / 0, lambda: t + 1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
