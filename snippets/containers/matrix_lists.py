# Tutorial: a matrix as a list of lists.
rows, cols = 3, 4
matrix = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in matrix:
    print(" ".join(f"{v:2}" for v in row))

# Transpose with zip, flatten with a nested comprehension.
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat, sum(flat), max(map(max, matrix)))

# Column sums, diagonal, and a row-major lookup.
print([sum(col) for col in zip(*matrix)], [matrix[i][i] for i in range(min(rows, cols))])
print(divmod(flat.index(9), cols))

# The aliasing pitfall of [[0] * n] * m
bad = [[0] * 2] * 2
good = [[0] * 2 for _ in range(2)]
bad[0][0] = good[0][0] = 1
print(bad, good)

# Ragged rows fail zip(strict=True).
ragged = [[1, 2], [3]]
print(list(zip(*ragged)))
try:
    list(zip(*ragged, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    matrix[3][0]
except IndexError as e:
    print("IndexError:", e)
