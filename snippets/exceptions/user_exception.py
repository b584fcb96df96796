class AppError(Exception):
    """Base error."""


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where


class Plain(ValueError):
    pass


try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.key, e.where, e.args)
try:
    raise Plain("a", 1)
except (KeyError, ValueError) as e:
    print(repr(e), str(e), e.args, isinstance(e, Exception), isinstance(e, Plain))
try:
    raise Plain
except Plain as e:
    print(repr(e), str(e) == "", e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__)


class WithStr(Exception):
    def __str__(self):
        return "custom str"


print(str(WithStr("x")), repr(WithStr("x")))


class Coded(Exception):
    def __init__(self, code):
        self.code = code


c = Coded(5)
print(c.args, c.code, str(c))
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", e)
