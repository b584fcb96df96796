class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y


a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a @ b)
c = a
c += b
print(c, a, c is a)
print(bool(V(0, 0)), bool(a), not V(0, 0))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a / 2
except TypeError as e:
    print(e)
