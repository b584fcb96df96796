# eval() computes an expression; exec() runs statements in a namespace.
print(eval("1 + 2 * 3"))
print(eval("  x * 2", {"x": 21}))          # leading blanks are forgiven
print(eval("a + b", {"a": 1}, {"b": 2}))   # separate globals and locals

# exec() fills the namespace it is given (plus '__builtins__').
ns = {}
exec("total = 0\nfor i in range(5):\n    total += i\n", ns)
print(ns["total"], "__builtins__" in ns)

# Functions and classes made by exec() live in that namespace.
exec("def square(n):\n    return n * n\nclass Point:\n    dims = 2\n", ns)
print(ns["square"](12), ns["Point"].dims, ns["Point"].__name__)

# Without namespaces, eval() sees the caller's variables.
def outer():
    factor = 10
    return eval("factor + 1")
print(outer())

# exec() always returns None.
print(exec("pass"))

# Building a function from text, as code generators do.
fields = ["x", "y"]
src = f"def __init__(self, {', '.join(fields)}):\n"
src += "".join(f"    self.{f} = {f}\n" for f in fields)
local = {}
exec(src, {}, local)
class P:
    __init__ = local["__init__"]
p = P(3, 4)
print(p.x, p.y)
