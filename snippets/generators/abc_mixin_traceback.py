# Errors raised inside the methods an ABC mixes in: the traceback shows the
# library frame as "<frozen _collections_abc>", without a source line.
from collections.abc import Sequence, MutableMapping


class Week(Sequence):
    days = ["mon", "tue", "wed", "thu", "fri"]

    def __len__(self):
        return len(self.days)

    def __getitem__(self, i):
        return self.days[i]


week = Week()
print(week.index("wed"), week.count("sun"), "fri" in week)
try:
    week.index("sun")
except ValueError as e:
    print(type(e).__name__, repr(e))


class Settings(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"setting names must be str, not {type(key).__name__}")
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


s = Settings()
s.update(theme="dark", size=12)
print(sorted(s.items()))
try:
    s.update({1: "one"})  # the mixin's update calls our __setitem__
except TypeError as e:
    print(type(e).__name__, e)

# Uncaught: the mixin's pop() reaches our __getitem__, which raises KeyError.
s.pop("missing")
