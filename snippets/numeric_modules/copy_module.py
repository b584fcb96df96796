# copy: shallow and deep copies, memo, and the __copy__/__deepcopy__ hooks.
import copy

x = [[1, 2], {"a": [3]}]
shallow = copy.copy(x)
deep = copy.deepcopy(x)
x[0].append(9)
print(shallow, deep, shallow[0] is x[0], deep[0] is x[0])


class Box:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Box(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with a", type(memo).__name__)
        return Box(copy.deepcopy(self.v, memo))


b = Box([1])
print(copy.copy(b).v is b.v, copy.deepcopy(b).v is b.v)

# Cycles and shared references survive a deep copy
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[1] is r2, r2)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1])
memo = {}
copy.deepcopy([shared], memo)
print(len(memo) > 0)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy({"k": {1, 2}}))
