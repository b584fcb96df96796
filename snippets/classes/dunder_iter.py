class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)


for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(5)), sorted(Bag(3, 1, 2)))
print([x * 2 for x in Bag(1, 2)], 2 in Bag(1, 2), tuple(Bag()), next(Countdown(2)))
a, b = Bag(1, 2)
print(a, b, dict(zip(Bag("x", "y"), Countdown(2))))
it = Countdown(1)
print(next(it), next(it, "done"))
