# random with a fixed seed prints the same numbers every run.
import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.choices(range(10), k=5))
print(random.uniform(1, 10))

cards = list(range(10))
random.shuffle(cards)
print(cards)
print(random.sample(range(100), 5), random.sample("abcdefg", k=3))
print(random.getrandbits(70))
