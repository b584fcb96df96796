a = [1, 2, 3]
b = a
b.append(4)
print(a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0]
print(a)
s = a[:]
s.pop()
print(len(a), len(s))
