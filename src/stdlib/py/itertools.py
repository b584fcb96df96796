# The itertools module for snippy, written in Python after CPython's C code:
# the same laziness, reprs and error messages. Frames of this file are hidden
# from tracebacks, as those of a C module.

_marker = object()


def _index(v, msg):
    if v is None:
        return None
    if type(v) is bool or not isinstance(v, int) or v < 0 or v > 9223372036854775807:
        raise ValueError(msg)
    return v


class count:
    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._first = True
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first = False
        if not self._saved:
            raise StopIteration
        item = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return item


class repeat:
    def __init__(self, object=_marker, times=None):
        if object is _marker:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        v = next(self._it)
        if self._total is _marker:
            self._total = v
        elif self._func is None:
            self._total = self._total + v
        else:
            self._total = self._func(self._total, v)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._source = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._selectors)
            if s:
                return d


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            keep = item if self._func is None else self._func(item)
            if not keep:
                return item


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not self._tgtkey == p._currkey:
            raise StopIteration
        value = p._currvalue
        p._currvalue = _marker
        p._currkey = _marker
        return value


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        stop = _index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _index(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        if step is None:
            step = 1
        elif type(step) is bool or not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class starmap:
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class _tee_data:
    def __init__(self, it):
        self.it = it
        self.buffer = []


class _tee:
    def __init__(self, data, index):
        self._data = data
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        if self._index < len(d.buffer):
            item = d.buffer[self._index]
        else:
            item = next(d.it)
            d.buffer.append(item)
        self._index += 1
        return item

    def __copy__(self):
        return _tee(self._data, self._index)



def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(_tee_data(iter(iterable)), 0)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class _generated:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product(pools):
    n = len(pools)
    if any(len(p) == 0 for p in pools):
        return
    indices = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


class product(_generated):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._gen = _product([tuple(p) for p in iterables] * repeat)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_generated):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_generated):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = _combinations(pool, _check_r(r))


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_generated):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = _cwr(pool, _check_r(r))


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _marker:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair

