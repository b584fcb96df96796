# Seeds of different types, Random instances and saving/restoring state.
import random

for seed in (0, 12345, -5, 2**100, "hello", b"hello", bytearray(b"hello")):
    random.seed(seed)
    print(repr(seed), random.random())

# Independent generators
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))

# getstate()/setstate() replay the same numbers
rng = random.Random(99)
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
print(state[0], len(state[1]))
print(random.Random(1).randbytes(6))
