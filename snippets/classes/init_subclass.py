registry = []


class Plugin:
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        registry.append(cls.__name__)


class A(Plugin, key="a"):
    pass


class B(Plugin):
    pass


print(registry, A.key, B.key)


def deco(cls):
    cls.decorated = True
    return cls


@deco
class C:
    pass


print(C.decorated)
