# Counter: counting things, most_common, arithmetic, elements, subtract, total.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["z"], c.total())
print(sorted(c.elements()))
c.subtract("aaa")
print(c)
c.update({"z": 3})
print(c)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))

a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b)
print(Counter(), Counter(a=0), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter("hello") == Counter("olleh"), list(Counter("banana").keys()))

try:
    Counter("ab") + 1
except TypeError as e:
    print("TypeError:", e)
