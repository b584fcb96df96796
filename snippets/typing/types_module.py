# The types module: SimpleNamespace, MethodType, MappingProxyType and the
# classes of built-in objects.
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), type(ns), vars(ns))
del ns.a
print(ns, hasattr(ns, "a"))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
class C:
    def __init__(self): self.v = 5
def get(self, k): return self.v * k
c = C()
m = types.MethodType(get, c)
print(m(2), isinstance(m, types.MethodType), isinstance(c.__init__, types.MethodType), m.__self__ is c, m.__func__ is get)
try: types.MethodType(3, c)
except TypeError as e: print(e)
print(types.FunctionType, types.MethodType, types.ModuleType, types.NoneType, isinstance(get, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], len(mp), list(mp), "a" in mp)
try: mp["b"] = 2
except TypeError as e: print(e)
