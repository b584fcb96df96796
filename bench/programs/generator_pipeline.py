# A chain of generators driven by for and sum().
def numbers(n):
    for i in range(n):
        yield i

def squares(src):
    for x in src:
        yield x * x

def only_odd(src):
    for x in src:
        if x % 2:
            yield x

def take_mod(src, m):
    for x in src:
        yield x % m

print("checksum:", sum(take_mod(only_odd(squares(numbers(6_000_000))), 1_000_003)))
