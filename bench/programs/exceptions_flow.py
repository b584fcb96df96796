# try/except in a hot loop: raising and catching, dict misses.
table = {i: i * 3 for i in range(0, 1000, 2)}
hits = misses = 0
for i in range(2_000_000):
    try:
        hits += table[i % 1000]
    except KeyError:
        misses += 1
    try:
        if i % 5 == 0:
            raise ValueError(i)
    except ValueError as e:
        hits += e.args[0] % 7
print("checksum:", hits, misses)
