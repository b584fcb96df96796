# The contextvars module: context variables whose values belong to the
# current Context. The current context itself lives in Rust
# (_get_context/_set_context) so that asyncio tasks can each run their
# steps in their own context, as CPython's tasks do.

_NO_DEFAULT = object()


class _Missing:
    __module__ = '_contextvars'

    def __repr__(self):
        return '<Token.MISSING>'


class Context:
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        previous = _get_context()
        self._entered = True
        _set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_context(previous)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def _check(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')

    def __getitem__(self, var):
        self._check(var)
        return self._data[var]

    def get(self, var, default=None):
        self._check(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


class Token:
    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


class ContextVar:
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        data = _get_context()._data
        if self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        value = args[0]
        ctx = _get_context()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _get_context()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        text = f'<ContextVar name={self._name!r}'
        if self._default is not _NO_DEFAULT:
            text += f' default={self._default!r}'
        return text + f' at 0x{id(self):x}>'


def copy_context():
    return _get_context().copy()
