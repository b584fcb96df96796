# Subclasses of ExceptionGroup override derive() so that split() and
# subgroup() build parts of the subclass, with the extra state.
class ErrorsWithCode(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return ErrorsWithCode(self.message, excs, self.code)

eg = ErrorsWithCode("request failed", [ValueError("v"), TypeError("t")], 404)
print(repr(eg), eg.code, eg.args)
vals, others = eg.split(ValueError)
print(type(vals).__name__, vals.code, repr(vals))
print(type(others).__name__, others.code, repr(others))

# Without derive() the parts are plain ExceptionGroups.
class Tagged(ExceptionGroup):
    pass

t = Tagged("tagged", [ValueError(1), TypeError(2)])
m, r = t.split(TypeError)
print(type(t).__name__, type(m).__name__, type(r).__name__)

# __init__ may add attributes; the arguments still go to __new__.
class Described(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.description = message.upper()

d = Described("several", [OSError("x")])
print(repr(d), d.description, str(d))

# A custom __str__.
class Pretty(ExceptionGroup):
    def __str__(self):
        return f"{self.message}: " + ", ".join(map(str, self.exceptions))

p = Pretty("problems", [ValueError("a"), KeyError("b")])
print(str(p))

# except* hands the subclass to the handler (via derive).
try:
    raise ErrorsWithCode("batch", [ValueError(1), OSError(2)], 500)
except* ValueError as g:
    print("handler got", type(g).__name__, g.code, repr(g))
except* OSError as g:
    print("handler got", type(g).__name__, g.code, repr(g))

# derive() must return an exception group.
class Broken(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")

try:
    Broken("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)

# Uncaught subclass instances print their own name.
raise Pretty("final", [ValueError("x")])
