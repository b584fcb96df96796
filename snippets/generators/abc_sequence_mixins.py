# A Sequence needs only __getitem__ and __len__; the ABC adds
# __contains__, __iter__, __reversed__, index and count.
from collections.abc import Sequence, MutableSequence, Reversible


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i


c = Countdown(5)
print(list(c), c[0], c[-1])
print(3 in c, 9 in c, c.index(2), c.count(4))
print(list(reversed(c)), isinstance(c, Reversible))
try:
    c.index(42)
except ValueError as e:
    print(type(e).__name__, e)


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, value):
        self._items.insert(i, value)


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(3)
print(list(s))
try:
    s.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
s.clear()
print(len(s))
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
