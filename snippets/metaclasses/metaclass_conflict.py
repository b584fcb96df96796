# Two unrelated metaclasses cannot both apply to one class.
class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


# A metaclass derived from both resolves the conflict.
class MetaAB(MetaA, MetaB):
    pass


class Fine(A, B, metaclass=MetaAB):
    pass


print(type(Fine).__name__, [c.__name__ for c in Fine.__mro__])


class Broken(A, B):
    pass
