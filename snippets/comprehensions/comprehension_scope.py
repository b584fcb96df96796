def f():
    k = 10
    return [k + i for i in range(3)]

print(f())
rows = [[1, 2], [3, 4]]
print([cell for row in rows for cell in row])
print([[row[i] for row in rows] for i in range(2)])
i = 100
print([i for i in range(3)], i)
