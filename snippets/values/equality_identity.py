a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(id(a) == id(c), id(a) != id(b))
print(None == None, None is None, 1 == True, 0 == False)
print("a" == "a", [] == [], () == (), {} == {})
print(1 == 1.0, 2 != 3, [1, [2]] == [1, [2]])
