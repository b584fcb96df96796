def documented(x):
    """Return x doubled."""
    return 2 * x

def plain():
    pass

print(documented.__doc__)
print(plain.__doc__)
print(documented.__name__, documented(21))
print(documented.__qualname__)
