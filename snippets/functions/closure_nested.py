def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(10)(100))

def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(1), adder(-1)(1))
x = "global"

def shadow():
    x = "local"
    def show():
        return x
    return show()

print(shadow(), x)
