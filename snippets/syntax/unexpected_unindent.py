def decorate(f):
    return f

if True:
    @decorate
print("no function")
