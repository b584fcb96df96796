from itertools import count, islice

def squares():
    for n in count(1):
        yield n * n

evens = (x for x in squares() if x % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(squares(), 3, 8)))
print(next(islice(count(10, 5), 2, None)))
