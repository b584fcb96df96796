# Method calls on instances: plain methods, methods calling methods,
# a property and a classmethod.
class Counter:
    def __init__(self, start):
        self.count = start

    def step(self, n):
        self.count += n
        return self.count

    def double_step(self, n):
        return self.step(n) + self.step(n)

    @property
    def parity(self):
        return self.count & 1

    @classmethod
    def make(cls, start):
        return cls(start)


c = Counter.make(0)
acc = 0
for i in range(600_000):
    acc += c.double_step(i & 7) + c.parity
    acc %= 1_000_000_007
print("checksum:", acc)
