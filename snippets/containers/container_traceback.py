# A lookup of a missing key, uncaught: the traceback shows the key's repr.
inventory = {"apples": 3, ("crate", 1): 10}

def count(name):
    return inventory[name]

print(count("apples"))
print(count(("crate", 1)))
try:
    count("pears")
except KeyError as e:
    print("caught:", repr(e), e.args)

print(count(("crate", 2)))
