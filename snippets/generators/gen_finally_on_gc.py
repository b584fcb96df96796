# Dropping the last reference to a suspended generator runs its finally block
def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("release", name)

def no_cleanup():
    yield 1

g = resource("a")
print(next(g))
print("dropping a")
g = None
print("after drop")

print(next(resource("temp")))
print("after temp")

def use():
    r = resource("local")
    next(r)
    print("leaving use")

use()
print("after use")

gens = [resource(str(i)) for i in range(3)]
for x in gens:
    next(x)
del gens[1]
print("deleted middle")
gens.clear()
print("cleared")

n = no_cleanup()
next(n)
del n

for v in resource("loop"):
    print("loop got", v)
    break
print("after break")

def bad():
    try:
        yield 1
    finally:
        raise KeyError("in finally")

b = bad()
next(b)
b = 0
print("after bad")

kept = resource("global")
next(kept)
other = resource("global2")
next(other)
print("end of module")
