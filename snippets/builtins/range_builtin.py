for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print(list(range(-5, 5, 2)), range(10 ** 20)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
