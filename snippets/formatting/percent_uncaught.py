# A mismatch between % conversions and arguments is a TypeError.
def label(name, qty):
    return "%s: %d items (%s)" % (name, qty)


print(label.__name__, "ready")
print(label("pens", 4))
