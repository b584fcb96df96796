# types.GeneratorType and friends
import types

def gen():
    yield 1

g = gen()
print(isinstance(g, types.GeneratorType), type(g) is types.GeneratorType)
print(isinstance((x for x in []), types.GeneratorType), isinstance(gen, types.GeneratorType))
print(types.GeneratorType, types.FunctionType, types.ModuleType)
print(isinstance(gen, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(g.gi_frame) is types.FrameType)
print(type(gen.__code__) is types.CodeType, type(None) is types.NoneType)
