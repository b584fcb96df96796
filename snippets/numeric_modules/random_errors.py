# What random raises for impossible requests.
import random

attempts = [
    lambda: random.choice([]),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 1),
    lambda: random.randint(5, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.choices([1, 2], weights=[1], k=1),
    lambda: random.getrandbits(-1),
    lambda: random.randrange(1.5),
]
for attempt in attempts:
    try:
        attempt()
    except (IndexError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

# random is written in Python, so its errors come from its own frames
random.seed(1)
try:
    random.choice("")
except IndexError as e:
    print("caught:", e)
