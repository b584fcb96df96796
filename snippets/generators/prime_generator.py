def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

from itertools import islice, takewhile
print(list(islice(primes(), 20)))
print(sum(takewhile(lambda p: p < 100, primes())))
