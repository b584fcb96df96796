def divide(x, y):
    return x / y

total = 1 + divide(4, 0) + 2
