# The enum module for snippy: a smaller implementation than CPython's
# Lib/enum.py with its observable behaviour (members, aliases, auto(),
# lookups, reprs and strs, Flag arithmetic, unique, the functional API and
# its error messages).

from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'member', 'nonmember', 'property',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value

    # snippy: CPython gives an auto() its value as soon as the class body
    # assigns it, so `AB = A | B` sees ints; here the operation waits
    # until the members before it have their values.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def _resolve(self):
        return self.value


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self._op = op
        self._left = left
        self._right = right
        self.value = _auto_null

    def _resolve(self):
        left = self._left._resolve() if isinstance(self._left, auto) else self._left
        right = self._right._resolve() if isinstance(self._right, auto) else self._right
        return self._op(left, right)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class FlagBoundary:
    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return f'<FlagBoundary.{self._name_}: {self._name_.lower()!r}>'


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


def _is_descriptor(obj):
    # snippy: classmethod, staticmethod and property objects do not show
    # their __get__ yet.
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__')
            or isinstance(obj, (classmethod, staticmethod, property)))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bit_count(num):
    return bin(num).count('1')


def _value_hash(self):
    # The hash of a member whose class mixes in a data type (int, str...).
    return hash(self._value_)


def _find_data_type(bases):
    # The built-in type (int, str, float...) an enum mixes in, or None.
    for base in bases:
        for c in base.__mro__:
            if c is object or issubclass(c, Enum):
                continue
            if c.__module__ == 'builtins':
                return c
    return None


class _MemberAttribute:
    # A read-only attribute of members (enum.property in CPython), with
    # its error message for assignment.

    def __init__(self, fget):
        self.fget = fget
        self.__doc__ = fget.__doc__
        self.name = fget.__name__
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        names = []
        values = {}
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                continue
            elif key.startswith('_' + cls + '__'):
                continue
            names.append(key)
            values[key] = value
        for key in names:
            del classdict[key]
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)
        user_new = classdict.pop('__new__', None)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        generate = getattr(enum_class, '_generate_next_value_', None)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        if user_new is not None:
            enum_class._new_member_ = user_new
        new_member = getattr(enum_class, '_new_member_', None)
        data_type = _find_data_type(bases) if 'Enum' in globals() else None
        if data_type is not None:
            if '__hash__' not in classdict:
                enum_class.__hash__ = _value_hash
            # As CPython does: repr() and friends come from the enum classes,
            # not from the mixed-in data type before them in the MRO.
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    for base in enum_class.__mro__[1:]:
                        if isinstance(base, EnumType) and name in base.__dict__:
                            setattr(enum_class, name, base.__dict__[name])
                            break
            if new_member is None:
                def new_member(cls, *args):
                    return data_type.__new__(cls, *args)
        if boundary is not None:
            enum_class._boundary_ = boundary
        is_flag = issubclass(enum_class, Flag) if 'Flag' in globals() else False
        last_values = []
        for name in names:
            value = values[name]
            if isinstance(value, _AutoExpr):
                value = value._resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(enum_class._member_names_),
                                           last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    generate(name, 1, len(enum_class._member_names_), last_values[:])
                    if isinstance(v, auto) and v.value is _auto_null
                    else (v.value if isinstance(v, auto) else v)
                    for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, new_member)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
        return enum_class

    def _add_member_(cls, name, value, new_member):
        args = value if isinstance(value, tuple) else (value,)
        if new_member is not None:
            enum_member = new_member(cls, *args)
        else:
            enum_member = object.__new__(cls)
        if not hasattr(enum_member, '_value_'):
            enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = next((b.__dict__['__init__'] for b in cls.__mro__
                     if '__init__' in b.__dict__ and b not in _ENUM_BASES
                     and b.__module__ != 'builtins'), None)
        if init is not None:
            init(enum_member, *args)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            if not cls._is_flag_class_() or _is_single_bit(value):
                cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                cls._unhashable_values_.append(value)
        setattr(cls, name, enum_member)
        cls._member_map_[name] = enum_member

    def _is_flag_class_(cls):
        return 'Flag' in globals() and issubclass(cls, Flag)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, cls))
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        type.__setattr__(cls, name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if 'Flag' in globals() and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [m for m in self.__class__.__dict__ if not m.startswith('_')
                  and m not in self.__class__._member_map_]
        return sorted(set(names))

    @_MemberAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_MemberAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None
Enum.__module__ = 'enum'


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


ReprEnum.__module__ = 'enum'


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


IntEnum.__module__ = 'enum'


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum.__module__ = 'enum'


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is STRICT:
            bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError(
                "%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, bits), bin(flag_mask, bits)))
        if cls._boundary_ in (CONFORM, EJECT) or (unknown and cls._boundary_ is not KEEP):
            value &= flag_mask
            unknown = 0
        if issubclass(cls, int):
            pseudo_member = int.__new__(cls, value)
        else:
            pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        members = [m for m in cls._iter_member_(value & flag_mask)]
        if not value:
            pseudo_member._name_ = None
        else:
            pseudo_member._name_ = '|'.join(m._name_ for m in members)
            if unknown:
                pseudo_member._name_ += '|%s' % hex(unknown)
        pseudo_member._sort_order_ = len(cls._member_names_)
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo_member)
        return cls._value2member_map_[value]

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        elif isinstance(self, int) and isinstance(flag, int):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag.__module__ = 'enum'


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __str__ = IntEnum.__str__
    __format__ = IntEnum.__format__
    __repr__ = Flag.__repr__
    __bool__ = Flag.__bool__
    __iter__ = Flag.__iter__
    __contains__ = Flag.__contains__
    __len__ = Flag.__len__



IntFlag.__module__ = 'enum'
IntFlag._boundary_ = KEEP
_ENUM_BASES = (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, object)


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are represented in
    twos-compliment, and the leading bit always indicates sign
    (0=positive, 1=negative)."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


import builtins as _builtins
_builtin_bin = _builtins.bin


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration
