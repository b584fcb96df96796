counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def make_global():
    global created
    created = "made inside a function"

make_global()
print(created)
