def gen(n):
    for i in range(n):
        yield i

print(sum(gen(5)), list(gen(3)), tuple(gen(2)), set(gen(4)))
print(dict(zip(gen(3), "abc")), sorted(gen(4), reverse=True))
print(list(enumerate(gen(2))), list(map(str, gen(3))), max(gen(7)))
a, b, c = gen(3)
print(a, b, c)
print(3 in gen(5), 9 in gen(5))
