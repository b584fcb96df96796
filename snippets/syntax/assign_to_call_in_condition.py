def check(f, x):
    if f(x) = 1:
        return True
    return False
