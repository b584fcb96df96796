import random

for s in (0, 42, 'abc', 2**100, -7, b'xyz'):
    random.seed(s)
    print("seed", repr(s))
    print([random.random() for _ in range(3)])
    print([random.randint(1, 6) for _ in range(10)])
    print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10), random.randrange(10**30))
    print(random.choice('abcdef'), random.choice([10, 20, 30]))
    print(random.choices(range(10), k=5), random.choices('xyz', weights=[5, 1, 1], k=6))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck)
    print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 3))
    print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(10, 2), random.gauss())
    print(random.getrandbits(1), random.getrandbits(16), random.getrandbits(64), random.getrandbits(100))
    print(random.normalvariate(0, 1), random.expovariate(2), random.triangular(0, 10), random.betavariate(2, 3))
    print(random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
    print(random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(5))

r = random.Random(123)
print(r.random(), r.randint(1, 100), r.choice("hello"))
r2 = random.Random(123)
print(r2.random(), r2.randint(1, 100), r2.choice("hello"))
random.seed(1)
state = [random.random() for _ in range(700)]
print(state[-3:])
random.seed(3.5)
print(random.random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1),
            lambda: random.getrandbits(-1), lambda: random.choices([1, 2], [1, 2, 3])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
