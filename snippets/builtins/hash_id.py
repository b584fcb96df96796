print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(()), hash((1, 2)), hash((1, (2, 3))))
print(hash(True), hash(10 ** 30))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
