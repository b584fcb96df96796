# gi_frame.f_locals shows the live variables of a suspended generator
def outer(n):
    captured = n * 10
    def gen(k):
        total = captured
        for i in range(k):
            total += i
            yield i
        del total
        yield "deleted"
    return gen

g = outer(1)(3)
print(g.gi_frame.f_locals)
for _ in range(4):
    next(g)
    print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
frame = g.gi_frame
print(frame.f_code.co_name, type(frame).__name__)
