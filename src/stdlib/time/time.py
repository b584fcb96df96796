"""The Python half of snippy's time module: struct_time and the functions
that check their arguments as CPython's timemodule.c does."""


class struct_time(tuple):
    "CPython's structseq: a 9-tuple with named fields, and tm_zone/tm_gmtoff."
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, sequence):
        t = tuple(sequence)
        if len(t) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(t))
        if len(t) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(t))
        self = super().__new__(cls, t[:9])
        self.tm_zone, self.tm_gmtoff = t[9:] + (None,) * (11 - len(t))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        fields = ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self))
        return "time.struct_time(%s)" % fields

    def _fields(self):
        return tuple(self) + (self.tm_zone, self.tm_gmtoff)


struct_time.__module__ = 'time'


def gmtime(seconds=None):
    return struct_time(_gmtime(seconds))


def localtime(seconds=None):
    return struct_time(_localtime(seconds))


def _time_tuple(t, func):
    "The 11 fields of a time tuple argument (9 items) or of a struct_time."
    if isinstance(t, struct_time):
        return t._fields()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % func)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        # The fields are C ints.
        if v > 2147483647:
            raise OverflowError("signed integer is greater than maximum")
        if v < -2147483648:
            raise OverflowError("signed integer is less than minimum")
    return tuple(t) + (None, None)


def mktime(t):
    return _mktime(_time_tuple(t, "mktime"))


def _checked(t, func):
    "The fields of a time tuple, range-checked as CPython's checktm()."
    f = list(_time_tuple(t, func))
    # 0 is accepted for the month, day of month and day of year.
    if f[1] == 0:
        f[1] = 1
    if f[2] == 0:
        f[2] = 1
    if f[7] == 0:
        f[7] = 1
    if not 1 <= f[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    # C's tm_wday counts from Sunday, converted with C's remainder.
    c_wday = (f[6] + 1) % 7 if f[6] + 1 >= 0 else -((-f[6] - 1) % 7)
    if c_wday < 0:
        raise ValueError("day of week out of range")
    f[6] = (c_wday + 6) % 7
    if not 1 <= f[7] <= 366:
        raise ValueError("day of year out of range")
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    return tuple(f)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(format).__name__)
    if t is None:
        t = localtime()
    return _strftime(format, _checked(t, "strftime"))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    f = _checked(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (
        _DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    tt = datetime._strptime(string, format)[0]
    return struct_time(tt[:9] + tt[9:])
