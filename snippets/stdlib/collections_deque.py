from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), 7 in d, d.count(7), d.index(8))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(99)
print(b, b.maxlen)
print(deque('abc'), deque(), deque(range(3), maxlen=5))
d.reverse()
print(d, list(d.__reversed__()))
d.clear()
print(d, bool(d))
print(type(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
q = deque()
q.append("task1")
q.append("task2")
while q:
    print("processing", q.popleft())
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]))
