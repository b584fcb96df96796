# Closures, keyword arguments, defaults, *args.
def make_adder(n):
    def add(x, scale=1):
        return x + n * scale
    return add

def apply_all(funcs, value, *extra):
    for f in funcs:
        value = f(value, scale=len(extra) + 1)
    return value

adders = [make_adder(i) for i in range(10)]
acc = 0
for i in range(700_000):
    acc = (acc + apply_all(adders, i, i)) % 1_000_000_007
print("checksum:", acc)
