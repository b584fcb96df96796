# deque: fast appends and pops at both ends, maxlen and rotate.
from collections import deque

d = deque([1, 2, 3], maxlen=5)
print(d, repr(deque()), deque("ab"))
d.append(4)
d.appendleft(0)
d.append(5)          # full: the left end falls off
print(d, d.maxlen)
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.pop(), d.popleft(), d, len(d), d[0], d[-1])
print(3 in d, d.count(3), d.index(3))
d.remove(3)
print(d)
d.clear()
print(d, bool(d))

# A sliding window of the last 3 items
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
