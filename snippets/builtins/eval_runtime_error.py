# Errors raised inside eval'd code show a frame for "<string>" without a
# source line (CPython cannot read it back).
def evaluate(expr, **names):
    return eval(expr, {}, names)

print(evaluate("a / b", a=1, b=4))
print(evaluate("len(s)", s="abc"))
evaluate("a / b", a=1, b=0)
