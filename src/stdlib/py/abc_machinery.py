# The ABCMeta machinery behind collections.abc, for snippy: its classes
# have no metaclasses, so what ABCMeta does is written as plain functions the
# root ABCs carry. isinstance()/issubclass() ask a class's
# `_abc_subclasscheck` when the plain MRO test fails (src/vm/class.rs), and
# instantiation refuses classes whose `__abstractmethods__` is not empty.


def abstractmethod(funcobj):
    """Marks a method abstract (abc.abstractmethod)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abc_setup(cls):
    """ABCMeta.__new__: the abstract methods still missing in `cls`, and
    the per-class registry and subclass list issubclass() walks."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_registry = []
    cls._abc_subclasses = []
    cls._abc_builtins = set()
    for base in cls.__bases__:
        if "_abc_subclasses" in base.__dict__:
            base._abc_subclasses.append(cls)


def _abc_init_subclass(cls, **kwargs):
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
    _abc_setup(cls)


def _abc_register(cls, subclass):
    """Register a virtual subclass of an ABC.

    Returns the subclass, to allow usage as a class decorator.
    """
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    cls._abc_registry.append(subclass)
    return subclass


def _abc_subclasscheck(cls, subclass):
    """ABCMeta.__subclasscheck__, once the MRO test has failed."""
    if subclass in cls._abc_builtins:
        return True
    hook = getattr(cls, "__subclasshook__", None)
    ok = NotImplemented if hook is None else hook(subclass)
    if ok is not NotImplemented:
        return ok
    for rcls in cls._abc_registry:
        if issubclass(subclass, rcls):
            return True
    for scls in cls._abc_subclasses:
        if issubclass(subclass, scls):
            return True
    return False


def _abc_root(cls):
    """Gives a root ABC what ABCMeta gives every ABC."""
    cls.__init_subclass__ = classmethod(_abc_init_subclass)
    cls.register = classmethod(_abc_register)
    cls._abc_subclasscheck = _abc_subclasscheck
    _abc_setup(cls)
    return cls


def _check_methods(C, *methods):
    # Native types (whose __dict__ snippy leaves empty: no __module__) are
    # registered at the end of collections_abc.py: the built-in ones completely,
    # the others (asyncio's) for what they define beyond object.__hash__,
    # the only method the ABCs look for that native bases define.
    if "__module__" not in C.__dict__ and C.__module__ == "builtins":
        return NotImplemented
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if "__module__" not in B.__dict__:
                if B is object and method == "__hash__":
                    break
                continue
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True
