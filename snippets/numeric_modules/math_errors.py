# math's domain and range errors.
import math

attempts = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.acos(2),
    lambda: math.exp(1000),
    lambda: math.pow(0, -1),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.comb(-1, 2),
    lambda: math.perm(3, -1),
    lambda: math.isqrt(-1),
    lambda: math.dist((1,), (1, 2)),
    lambda: math.gcd(1.5),
    lambda: math.ceil(math.inf),
    lambda: math.floor(math.nan),
    lambda: math.sqrt("x"),
]
for attempt in attempts:
    try:
        print(attempt())
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

print(math.sqrt(-4))
