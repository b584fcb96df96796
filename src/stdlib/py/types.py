# The Python half of snippy's types module: GenericAlias (what `list[int]`
# makes) and UnionType (what `int | None` makes), with CPython 3.11's
# reprs, equality, hashing and attributes (Objects/genericaliasobject.c
# and Objects/unionobject.c).


def _type_repr(obj):
    # CPython's ga_repr_item.
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module is None:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _is_typevar_like(obj):
    return type(obj).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') \
        and type(obj).__module__ == 'typing'


def _collect_parameters(args):
    params = []
    for arg in args:
        if _is_typevar_like(arg):
            if arg not in params:
                params.append(arg)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    params = getattr(arg, '__parameters__', ())
    if params:
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __module__ = 'types'

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if len(self.__args__) == 0:
            return f'{_type_repr(self.__origin__)}[()]'
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            many = 'many' if len(items) > len(params) else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; '
                            f'actual {len(items)}, expected {len(params)}')
        subst = dict(zip(params, items))
        args = tuple(_substitute(a, subst) for a in self.__args__)
        return GenericAlias(self.__origin__, args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType))
            or _is_typevar_like(obj))


def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        items = x.__args__ if isinstance(x, UnionType) else (x,)
        for item in items:
            if item is None:
                item = type(None)
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __module__ = 'types'

    def __init__(self, args, /):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a)
                          for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(self.__parameters__, items))
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else result | a
        return result

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot contain a parameterized generic')
        return issubclass(cls, self.__args__)


class mappingproxy:
    """A read-only view of a mapping."""

    __module__ = 'builtins'

    def __init__(self, mapping, /):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        return self._mapping | other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy


class SimpleNamespace:
    """A simple attribute-based namespace."""

    __module__ = 'types'

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
