def check(n):
    while n.count = 1:
        n -= 1
    return n
