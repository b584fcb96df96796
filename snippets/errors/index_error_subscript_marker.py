grid = [[1, 2], [3, 4]]
row = 1
value = grid[row][5] + 1
