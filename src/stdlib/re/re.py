# The public face of `re`: CPython's re/__init__.py, with the parts its C
# module `_sre` makes (Pattern, Match, the flag enum) written in Python over
# the native matcher `_sre_run`. The parser and compiler (sre_parse.py,
# sre_compile.py) ran into this same namespace first.

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# RegexFlag's members in definition order: repr joins them in this order.
_FLAG_MEMBERS = (
    ('ASCII', SRE_FLAG_ASCII),
    ('IGNORECASE', SRE_FLAG_IGNORECASE),
    ('LOCALE', SRE_FLAG_LOCALE),
    ('UNICODE', SRE_FLAG_UNICODE),
    ('MULTILINE', SRE_FLAG_MULTILINE),
    ('DOTALL', SRE_FLAG_DOTALL),
    ('VERBOSE', SRE_FLAG_VERBOSE),
    ('TEMPLATE', SRE_FLAG_TEMPLATE),
    ('DEBUG', SRE_FLAG_DEBUG),
)
_FLAG_MASK = 511


class RegexFlag:
    """An int flag as enum.IntFlag makes it: named members combined with |."""

    _members = {}

    def __new__(cls, value=0):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        member = cls._members.get(value)
        if member is not None:
            return member
        self = object.__new__(cls)
        self._value_ = value
        return self

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        names = self._names()
        if not names:
            return 'NOFLAG' if not self._value_ else None
        return '|'.join(names)

    def _names(self):
        return [name for name, bit in _FLAG_MEMBERS if self._value_ & bit]

    def __repr__(self):
        value = self._value_
        if not value:
            return 're.NOFLAG'
        parts = ['re.' + name for name in self._names()]
        rest = value & ~_FLAG_MASK
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    __index__ = __int__

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return int(self) == other if isinstance(other, (int, RegexFlag)) else NotImplemented

    def __ne__(self, other):
        return int(self) != other if isinstance(other, (int, RegexFlag)) else NotImplemented

    def __lt__(self, other):
        return self._value_ < other

    def __le__(self, other):
        return self._value_ <= other

    def __gt__(self, other):
        return self._value_ > other

    def __ge__(self, other):
        return self._value_ >= other

    def __or__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(self._value_ | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(self._value_ & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(self._value_ ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._value_ ^ _FLAG_MASK)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __contains__(self, other):
        return int(other) & self._value_ == int(other)

    def __iter__(self):
        for name, bit in sorted(_FLAG_MEMBERS, key=lambda m: m[1]):
            if self._value_ & bit:
                yield RegexFlag(bit)


for _name, _bit in _FLAG_MEMBERS:
    _member = object.__new__(RegexFlag)
    _member._value_ = _bit
    RegexFlag._members[_bit] = _member
_member = object.__new__(RegexFlag)
_member._value_ = 0
RegexFlag._members[0] = _member
del _name, _bit, _member

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(SRE_FLAG_ASCII)
IGNORECASE = I = RegexFlag(SRE_FLAG_IGNORECASE)
LOCALE = L = RegexFlag(SRE_FLAG_LOCALE)
UNICODE = U = RegexFlag(SRE_FLAG_UNICODE)
MULTILINE = M = RegexFlag(SRE_FLAG_MULTILINE)
DOTALL = S = RegexFlag(SRE_FLAG_DOTALL)
VERBOSE = X = RegexFlag(SRE_FLAG_VERBOSE)
TEMPLATE = T = RegexFlag(SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(SRE_FLAG_DEBUG)

for _name, _bit in _FLAG_MEMBERS + (('NOFLAG', 0), ('A', SRE_FLAG_ASCII), ('I', SRE_FLAG_IGNORECASE),
                                    ('L', SRE_FLAG_LOCALE), ('U', SRE_FLAG_UNICODE), ('M', SRE_FLAG_MULTILINE),
                                    ('S', SRE_FLAG_DOTALL), ('X', SRE_FLAG_VERBOSE), ('T', SRE_FLAG_TEMPLATE)):
    setattr(RegexFlag, _name, RegexFlag(_bit))
del _name, _bit


class mappingproxy:
    """The read-only view of a dict that Pattern.groupindex returns."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
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

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _getslice(string, start, end):
    # Pieces of a bytes-like subject are bytes, as _sre's getslice makes them.
    piece = string[start:end]
    return bytes(piece) if type(piece) is bytearray else piece


def _clamp(n, length):
    if n < 0:
        return 0
    if n > length:
        return length
    return n


class Pattern:
    """A compiled regular expression (CPython's _sre.SRE_Pattern)."""

    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup, empty_code=None):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._indexgroup = indexgroup
        # None for Scanner's pattern, which takes either kind of string.
        self._isbytes = None if pattern is None else not isinstance(pattern, str)
        self._code = _sre_code(code, groups)
        self._empty_code = self._code if empty_code is None else _sre_code(empty_code, groups)

    def _code_for(self, endpos):
        # The code to run on string[:endpos] (see _BOUNDARY_FOR).
        return self._empty_code if endpos == 0 else self._code

    @property
    def groupindex(self):
        return mappingproxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in (('re.TEMPLATE', SRE_FLAG_TEMPLATE), ('re.IGNORECASE', SRE_FLAG_IGNORECASE),
                          ('re.LOCALE', SRE_FLAG_LOCALE), ('re.MULTILINE', SRE_FLAG_MULTILINE),
                          ('re.DOTALL', SRE_FLAG_DOTALL), ('re.UNICODE', SRE_FLAG_UNICODE),
                          ('re.VERBOSE', SRE_FLAG_VERBOSE), ('re.DEBUG', SRE_FLAG_DEBUG),
                          ('re.ASCII', SRE_FLAG_ASCII)):
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._isbytes == other._isbytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _check(self, string):
        if self._isbytes is None and isinstance(string, (str, bytes, bytearray)):
            return
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if not self._isbytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = _clamp(endpos, n)
        found = _sre_run(self._code_for(endpos), string, pos, endpos, mode, False)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found[0], found[1])

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos, endpos, limit=0):
        # (spans, lastindex) of each non-overlapping match, as CPython's
        # state loop finds them: after an empty match the next must advance.
        self._check(string)
        n = len(string)
        endpos = _clamp(endpos, n)
        return _sre_all(self._code_for(endpos), string, _clamp(pos, n), endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        result = []
        groups = self.groups
        for spans, _ in self._iter(string, pos, endpos):
            if groups == 0:
                result.append(_getslice(string, spans[0], spans[1]))
            elif groups == 1:
                result.append(_getslice(string, spans[2], spans[3]) if spans[2] >= 0 else _getslice(string, 0, 0))
            else:
                result.append(tuple(_getslice(string, spans[2 * i], spans[2 * i + 1]) if spans[2 * i] >= 0
                                    else _getslice(string, 0, 0) for i in range(1, groups + 1)))
        return result

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        self._check(string)
        n = len(string)
        begin = _clamp(pos, n)
        end = _clamp(endpos, n)
        return _finditer(self, string, begin, end)

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        if maxsplit < 0:
            self._check(string)
            return [_getslice(string, 0, None)]
        for spans, _ in self._iter(string, 0, _MAXSIZE, maxsplit):
            result.append(_getslice(string, last, spans[0]))
            for i in range(1, self.groups + 1):
                s = spans[2 * i]
                result.append(_getslice(string, s, spans[2 * i + 1]) if s >= 0 else None)
            last = spans[1]
        result.append(_getslice(string, last, None))
        return result

    # sub and subn call _subx themselves so that the template parser's
    # warnings point (by stacklevel) where CPython's do.
    def sub(self, repl, string, count=0):
        if not callable(repl) and not _is_literal(repl):
            repl = _subx(self, repl)
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        if not callable(repl) and not _is_literal(repl):
            repl = _subx(self, repl)
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        # repl: a function of the match, or the literal replacement.
        self._check(string)
        if count < 0:
            return _getslice(string, 0, None), 0
        filter = repl if callable(repl) else None
        parts = []
        last = 0
        n = 0
        for spans, lastindex in self._iter(string, 0, _MAXSIZE, count):
            b, e = spans[0], spans[1]
            if last < b:
                parts.append(_getslice(string, last, b))
            if filter is not None:
                item = filter(Match(self, string, 0, len(string), spans, lastindex))
                if item is not None:
                    parts.append(item)
            elif repl:
                parts.append(repl)
            last = e
            n += 1
        if last < len(string):
            parts.append(_getslice(string, last, None))
        return _getslice(string, 0, 0).join(parts), n

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)


def _finditer(pattern, string, pos, endpos):
    for spans, lastindex in pattern._iter(string, pos, endpos):
        yield Match(pattern, string, pos, endpos, spans, lastindex)


class SRE_Scanner:
    """Pattern.scanner(): successive match()/search() calls over a string."""

    def __init__(self, pattern, string, pos, endpos):
        pattern._check(string)
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = _clamp(pos, n)
        self._endpos = _clamp(endpos, n)
        self._start = self._pos
        self._must_advance = False

    def _next(self, mode):
        if self._start is None or self._start > self._endpos:
            return None
        found = _sre_run(self.pattern._code_for(self._endpos), self._string, self._start, self._endpos,
                         mode, self._must_advance)
        if found is None:
            self._start = None
            return None
        spans = found[0]
        self._must_advance = spans[0] == spans[1]
        self._start = spans[1]
        return Match(self.pattern, self._string, self._pos, self._endpos, spans, found[1])

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match (CPython's _sre.SRE_Match)."""

    def __init__(self, pattern, string, pos, endpos, spans, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._indexgroup[self.lastindex]

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * i], s[2 * i + 1]) for i in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            i = int(group)
        else:
            i = self.re._groupindex.get(group, -1) if isinstance(group, (str, bytes)) else -1
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, group, default=None):
        i = self._index(group)
        s = self._spans[2 * i]
        if s < 0:
            return default
        return _getslice(self.string, s, self._spans[2 * i + 1])

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(name, default) for name in self.re._groupindex}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        return expand_template(parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])


error.__module__ = 're'

# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _cached(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _cached(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _cached(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _cached(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _cached(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _cached(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # warn just once
        return _cached(pattern, flags|T)

_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')

# --------------------------------------------------------------------
# internals

_cache = {}  # ordered!

_MAXCACHE = 512
def _cached(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                  "as it is an undocumented flag "
                  "without an obvious purpose. "
                  "Don't use it.",
                  DeprecationWarning)
    p = _compile_pattern(pattern, flags)
    if not (flags & SRE_FLAG_DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p

def _is_literal(repl):
    # A str or bytes replacement without backslashes needs no parsing.
    if isinstance(repl, str):
        return '\\' not in repl
    return isinstance(repl, bytes) and b'\\' not in repl

_repl_cache = {}  # CPython's lru_cache on _compile_repl, inline here

def _subx(pattern, template):
    # internal: Pattern.sub/subn implementation helper
    key = (type(template), template, pattern)
    try:
        template = _repl_cache[key]
    except KeyError:
        if len(_repl_cache) >= _MAXCACHE:
            del _repl_cache[next(iter(_repl_cache))]
        template = _repl_cache[key] = parse_template(template, pattern)
    if not template[0] and len(template[1]) == 1:
        # literal replacement
        return template[1][0]
    def filter(match, template=template):
        return expand_template(template, match)
    return filter

# --------------------------------------------------------------------
# experimental stuff (see python-dev discussions for details)

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # combine phrases into a compound pattern
        p = []
        s = State()
        s.flags = flags
        for phrase, action in lexicon:
            gid = s.opengroup()
            p.append(SubPattern(s, [
                (SUBPATTERN, (gid, 0, 0, parse(phrase, flags))),
                ]))
            s.closegroup(gid, p[-1])
        p = SubPattern(s, [(BRANCH, (None, p))])
        self.scanner = _compile_pattern(p)
    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex-1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
