def power(base, exp=2, /, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(power(3), power(2, 10), power(2, 10, mod=1000))
try:
    power(base=2)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, /, b, *, c):
    return a, b, c

print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
