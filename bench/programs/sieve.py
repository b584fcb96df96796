# Sieve of Eratosthenes over a list of bools, then big-int sum.
N = 4_000_000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= N:
    if sieve[p]:
        for multiple in range(p * p, N + 1, p):
            sieve[multiple] = False
    p += 1
primes = [i for i, is_prime in enumerate(sieve) if is_prime]
product = 1
for q in primes[:200]:
    product *= q
print("checksum:", len(primes), sum(primes), product % (2 ** 61 - 1))
