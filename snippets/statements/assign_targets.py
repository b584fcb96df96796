import sys
a = b = c = [0]
print(a, b, c, a is c)
lst = [0, 1, 2, 3]
lst[0] = "zero"
lst[-1] = "three"
lst[1:3] = ["x"]
print(lst)
d = {}
d["k"] = 1
d[(1, 2)] = "tuple key"
d["k"] += 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] = 5
print(m)
sys.my_attr = "set on a module"
print(sys.my_attr)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
