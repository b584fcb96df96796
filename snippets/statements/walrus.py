data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print(f"list has {n} items")
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
print([y for x in data if (y := x * 2) > 10])
print(y)
print((z := 4) + z)
