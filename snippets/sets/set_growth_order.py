# A few hundred ints inserted and removed: growth, dummies and compaction.
s = set()
for i in range(300):
    s.add(i * 37 % 1009)
print(s)
for i in range(0, 300, 3):
    s.discard(i * 37 % 1009)
print(s)
for i in range(1000, 1150):
    s.add(i * 13)
print(s)
s.difference_update(range(0, 20000, 2))
print(s)
t = set()
for i in range(200):
    t.add(i * 64)
    if i % 4 == 0:
        t.discard((i // 2) * 64)
print(t)
print(t.copy(), set(t) == t)
print({x % 97 for x in range(0, 5000, 11)})
big = set(range(1000))
print(big - {1, 2, 3} == set(range(4, 1000)) | {0}, len(big & set(range(500, 600))))
print(sorted(set(range(2000)) ^ set(range(1990, 2010))))
