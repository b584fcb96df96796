# A deep chain of `yield from` delegation (20 levels) driven by for.
def leaf(n):
    for i in range(n):
        yield i

def level(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from level(depth - 1, n)

total = 0
for x in level(20, 900_000):
    total += x
print("checksum:", total)
