# The abc module for snippy: ABC and abstractmethod on the ABC machinery
# collections.abc uses (abc_machinery.py, loaded into this namespace first).
# ABCMeta is a native class: `class C(metaclass=ABCMeta)` builds C as a
# plain class and then gives it what the metaclass gives (`_abc_root`).


@_abc_root
class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()


def get_cache_token():
    return 0
