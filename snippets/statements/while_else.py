n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")
while True:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("after break, n =", n)
i = 0
while i < 6:
    i += 1
    if i % 2:
        continue
    print("even", i)
