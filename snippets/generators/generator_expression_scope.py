x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))
data = [1, 2, 3]
g = (d for d in data)
data = [7, 8, 9]
print(list(g))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(sum(n * n for n in range(10) if n % 2), max((len(w), w) for w in "a bb ccc".split()))
try:
    list(1 / n for n in [1, 0])
except ZeroDivisionError as e:
    print("error:", e)
