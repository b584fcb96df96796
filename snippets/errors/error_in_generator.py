def reciprocals(values):
    for v in values:
        yield 1 / v

for r in reciprocals([1, 2, 0, 4]):
    print(r)
