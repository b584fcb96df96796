def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} done")

print(list(zip(noisy("a", 3), noisy("b", 2))))
print(sum(noisy("c", 3)))
print(sorted(noisy("d", 2), reverse=True))
print(", ".join(str(x) for x in noisy("e", 2)))
a, b = noisy("f", 2)
print(a, b, 1 in noisy("g", 3))
print(dict(zip("xy", noisy("h", 2))), max(noisy("i", 2)), any(noisy("j", 3)))
