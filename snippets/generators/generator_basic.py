def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g))
print("created")
for value in g:
    print("got", value)
print(list(countdown(2)))
