def nothing():
    pass

print(nothing())
if True:
    pass
x = 1
y = [1, 2, 3, 4]
d = {"a": 1, "b": 2}
del x
del y[1], d["a"]
print(y, d)
del y[:2]
print(y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
