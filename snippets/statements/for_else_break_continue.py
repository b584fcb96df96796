def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
for x in range(10):
    if x % 3 != 0:
        continue
    print(x, end=" ")
print()
for ch in "":
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
