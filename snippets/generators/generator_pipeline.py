def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def squares(src):
    for x in src:
        yield x * x

def only_even(src):
    for x in src:
        if x % 2 == 0:
            yield x

pipeline = only_even(squares(numbers(5)))
for value in pipeline:
    print("consume", value)
