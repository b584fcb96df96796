x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(1 < 2 > 0 < 3, 3 >= 3 <= 4 != 5)
print("a" < "b" < "c", [1] < [2] < [3])
print(x in [1, 5], x not in (1, 2), None is not None)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(2))
