# Integer math: factorial, comb, perm, isqrt, gcd/lcm, prod, fsum, dist.
import math

print(math.factorial(20), math.factorial(0))
print(math.comb(10, 3), math.comb(50, 25), math.perm(10, 3), math.perm(5))
print(math.isqrt(10**20 + 1), math.isqrt(0), math.isqrt(99))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 6)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 15)))
