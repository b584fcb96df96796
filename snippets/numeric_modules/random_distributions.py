# Distributions: gauss, normalvariate, expovariate and friends, seeded.
import random

random.seed(2024)
print(round(random.gauss(0, 1), 12))
print(round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(1.5), 12))
print(round(random.triangular(0, 10, 3), 12))
print(round(random.betavariate(2, 3), 12))
print(round(random.lognormvariate(0, 1), 12))
print(round(random.gammavariate(2, 3), 12))
print(round(random.paretovariate(2), 12), round(random.weibullvariate(1, 2), 12))
print(round(random.vonmisesvariate(1, 2), 12))

# Weighted choices: relative weights or cumulative weights
print(random.choices("abc", weights=[1, 5, 10], k=8))
print(random.choices("abc", cum_weights=[1, 6, 16], k=8))
