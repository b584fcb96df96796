# The typing module for snippy: a compact implementation with CPython
# 3.11's observable behaviour (reprs, __origin__/__args__/__parameters__,
# subscription and substitution, isinstance rules, error messages) for the
# names programs use. It is not CPython's Lib/typing.py: snippy cannot
# subclass tuple or dict, so NamedTuple classes wrap a tuple and TypedDict
# classes make plain dicts, as CPython's TypedDict does too.

import collections
import collections.abc
import functools
import types

_GenericAliasType = types.GenericAlias
_UnionType = types.UnionType
_NoneType = type(None)

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, _GenericAliasType):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _is_param(arg):
    return isinstance(arg, (TypeVar, ParamSpec))


def _collect_parameters(args):
    params = []
    for arg in args:
        if _is_param(arg):
            if arg not in params:
                params.append(arg)
        elif isinstance(arg, (list, tuple)):
            for p in _collect_parameters(arg):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, subst):
    if _is_param(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    params = getattr(arg, '__parameters__', ())
    if params and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    """Mixin to prohibit subclassing."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm:
    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(getitem=None, name=None):
    if getitem is None:
        def getitem(self, parameters):
            raise TypeError(f"{self} is not subscriptable")
    return _SpecialForm(getitem, name)


Any = _special(name='Any')
NoReturn = _special(name='NoReturn')
Never = _special(name='Never')
Self = _special(name='Self')
LiteralString = _special(name='LiteralString')
TypeAlias = _special(name='TypeAlias')


def _one_arg(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _special(_one_arg, 'ClassVar')
Final = _special(_one_arg, 'Final')
TypeGuard = _special(_one_arg, 'TypeGuard')
Required = _special(_one_arg, 'Required')
NotRequired = _special(_one_arg, 'NotRequired')
Unpack = _special(_one_arg, 'Unpack')


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    deduped = []
    for p in params:
        if p not in deduped:
            deduped.append(p)
    return tuple(deduped)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _special(_union_getitem, 'Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


Optional = _special(_optional_getitem, 'Optional')


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    deduped = []
    for p in parameters:
        if p not in deduped:
            deduped.append(p)
    return _LiteralGenericAlias(self, tuple(deduped))


Literal = _special(_literal_getitem, 'Literal')


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _special(_concatenate_getitem, 'Concatenate')


class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i+1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            many = "many" if len(args) > len(params) else "few"
            raise TypeError(f"Too {many} arguments for {self};"
                            f" actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i+1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(self.__origin__)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return super().__repr__()
        args = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{args}], {_type_repr(self.__args__[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*(_type_check(a, '') for a in args), _type_check(result, ''))
        else:
            params = (args, _type_check(result, ''))
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, '') for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        params = tuple(_type_check(p, '') for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = ", ".join(repr(a) for a in self.__args__)
        return f'typing.Literal[{args}]'


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        meta = ", ".join(repr(a) for a in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._kind}"


class ParamSpec(TypeVar):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant,
                         contravariant=contravariant)

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class TypeVarTuple:
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class Generic:
    """Abstract base class for generic types."""

    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_param(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__parameters__)
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                many = "many" if len(params) > expected else "few"
                raise TypeError(f"Too {many} arguments for {cls};"
                                f" actual {len(params)}, expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if (isinstance(base, _GenericAlias) and
                        base.__origin__ in (Generic, Protocol)):
                    if gvars is not None:
                        raise TypeError(
                            "Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()
Generic.__module__ = 'typing'

_PROTO_ALLOWLIST = {'__init__', '__module__', '__qualname__', '__doc__',
                    '__dict__', '__weakref__', '__annotations__',
                    '__parameters__', '__orig_bases__', '__orig_class__',
                    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
                    '__abstractmethods__', '__slots__', '__init_subclass__',
                    '__class_getitem__', '__subclasshook__', '_abc_subclasscheck'}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_ALLOWLIST:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(type):
    # The metaclass of Protocol: isinstance() looks at the instance's
    # attributes, so attributes assigned in __init__ count.

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not cls.__dict__.get('_is_protocol', False) or _is_callable_members_only(cls):
            if issubclass(type(instance), cls):
                return True
        if cls.__dict__.get('_is_protocol', False):
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return False

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if Protocol._abc_subclasscheck(cls, other):
                return True
        return cls in getattr(other, '__mro__', ())


_ProtocolMeta.__module__ = 'typing'


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init

    def _abc_subclasscheck(proto, cls):
        if not proto.__dict__.get('_is_protocol', False):
            return False
        if not proto.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not _is_callable_members_only(proto):
            raise TypeError("Protocols with non-method members"
                            " don't support issubclass()")
        for attr in _get_protocol_attrs(proto):
            if getattr(cls, attr, None) is None:
                return False
        return True


Protocol.__module__ = 'typing'


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
import contextlib as _contextlib


class _AbstractContextManager:
    # snippy: contextlib has no AbstractContextManager yet.
    __module__ = 'contextlib'


ContextManager = _alias(getattr(_contextlib, 'AbstractContextManager', _AbstractContextManager),
                        1, name='ContextManager')
AsyncContextManager = _alias(getattr(_contextlib, 'AbstractAsyncContextManager',
                                     _AbstractContextManager),
                             1, name='AsyncContextManager')
Text = str


def cast(typ, val):
    """Cast a value to a type."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods."""
    _overload_registry.setdefault(getattr(func, '__qualname__', None), []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Decorator that marks a function, class, or metaclass as providing
    dataclass-like behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{superclass_name} = NewType({superclass_name!r}, {superclass_name})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


ParamSpecArgs = ParamSpecKwargs = _ParamSpecPart


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(t._evaluate(globalns, localns), globalns, localns)
    if isinstance(t, (_GenericAlias, _GenericAliasType)):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, args)
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def _module_globals(name):
    # snippy: sys.modules does not exist yet; import finds loaded modules.
    ns = {}
    try:
        exec(f'import {name} as module', ns)
    except Exception:
        return {}
    return vars(ns['module'])


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _module_globals(base.__module__)
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    if localns is None:
        localns = globalns
    hints = dict(getattr(obj, '__annotations__', None) or {})
    for name, value in hints.items():
        if value is None:
            value = type(None)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def _make_nmtuple(name, fields, defaults, module):
    field_names = tuple(fields)
    nfields = len(field_names)
    field_defaults = dict(zip(field_names[nfields - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{name}.__new__() takes {nfields + 1} positional '
                            f'arguments but {len(args) + 1} were given')
        values = list(args)
        for fname in field_names[len(args):]:
            if fname in kwargs:
                values.append(kwargs.pop(fname))
            elif fname in field_defaults:
                values.append(field_defaults[fname])
            else:
                missing = [n for n in field_names[len(values):]
                           if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{name}.__new__() missing 1 required "
                                    f"positional argument: '{missing[0]}'")
                names = ", ".join(repr(n) for n in missing[:-1])
                raise TypeError(f"{name}.__new__() missing {len(missing)} required "
                                f"positional arguments: {names} and {missing[-1]!r}")
        for kname in kwargs:
            if kname in field_names:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{kname}'")
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{kname}'")
        return tuple.__new__(cls, values)

    def __setattr__(self, attr, value):
        if attr in field_names:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{attr}'")

    def __repr__(self):
        inner = ", ".join(f'{n}={v!r}' for n, v in zip(field_names, self))
        return f'{type(self).__name__}({inner})'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, /, **kwargs):
        result = self._make([kwargs.pop(n, v) for n, v in zip(field_names, self)])
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return result

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    ns = {
        '__new__': staticmethod(__new__),
        '__setattr__': __setattr__,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '_make': classmethod(_make),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__match_args__': field_names,
        '__getnewargs__': lambda self: tuple(self),
    }
    for i, fname in enumerate(field_names):
        ns[fname] = property(lambda self, i=i: tuple.__getitem__(self, i),
                             doc=f'Alias for field number {i}')
    return ns


class _NamedTuple(tuple):
    # The base of NamedTuple classes: CPython makes them direct tuple
    # subclasses.

    def __init_subclass__(cls, **kwargs):
        types_ = cls.__dict__.get('__annotations__', {})
        defaults = []
        for field_name in types_:
            if field_name in cls.__dict__:
                defaults.append(cls.__dict__[field_name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(list(types_)[:len(defaults)])}")
        for key in types_:
            if key.startswith('_'):
                raise ValueError('Field names cannot start with an underscore: '
                                 f'{key!r}')
        ns = _make_nmtuple(cls.__name__, types_, defaults, cls.__module__)
        for key, value in ns.items():
            if key in cls.__dict__ and key not in types_:
                if key in ('_fields', '_field_defaults', '_make', '_replace', '_asdict'):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                continue
            setattr(cls, key, value)


class _NamedTupleForm:
    # typing.NamedTuple: a base for `class P(NamedTuple)`, and a function
    # for `NamedTuple('P', [('x', int)])`.

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        annotations = {n: _type_check(t, '') for n, t in fields}
        return type(typename, (_NamedTuple,), {'__annotations__': annotations,
                                              '__module__': '__main__'})

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleForm()


class _TypedDictBase:
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, *, total=True, **kwargs):
        _typeddict_keys(cls, total)


def _typeddict_keys(cls, total):
    if True:
        own = cls.__dict__.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__mro__[1:]:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


def _typeddict_check(cls, other):
    raise TypeError('TypedDict does not support instance and class checks')


_TypedDictBase._abc_subclasscheck = _typeddict_check


class _TypedDictForm:
    # typing.TypedDict: a base for `class Movie(TypedDict)`, and a function
    # for `TypedDict('Movie', {'name': str})`.

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': '__main__'}
        cls = type(typename, (_TypedDictBase,), ns)
        if not total:
            _typeddict_keys(cls, total)
        return cls

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictForm()


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and issubclass(tp, _TypedDictBase)


class SupportsInt(Protocol):
    def __int__(self): ...


class SupportsFloat(Protocol):
    def __float__(self): ...


class SupportsComplex(Protocol):
    def __complex__(self): ...


class SupportsBytes(Protocol):
    def __bytes__(self): ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsIndex(Protocol):
    def __index__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsAbs,
           SupportsIndex, SupportsRound):
    _p.__module__ = 'typing'
    runtime_checkable(_p)
del _p


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


for _c in (IO, BinaryIO, TextIO):
    _c.__module__ = 'typing'
del _c


class _Pattern:
    # snippy: stands for re.Pattern until there is an re module.
    __module__ = 're'
    __qualname__ = 'Pattern'


class _Match:
    # snippy: stands for re.Match until there is an re module.
    __module__ = 're'
    __qualname__ = 'Match'


Pattern = _alias(_Pattern, 1, name='Pattern')
Match = _alias(_Match, 1, name='Match')
