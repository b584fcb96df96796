class version_info:
    """sys.version_info: the version as a tuple with named fields."""

    __module__ = "sys"

    def __init__(self, *values):
        self._values = values
        self.major, self.minor, self.micro, self.releaselevel, self.serial = values

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._values)

    def __hash__(self):
        return hash(self._values)

    def _other(self, other):
        return other._values if isinstance(other, type(self)) else other

    def __eq__(self, other):
        return self._values == self._other(other)

    def __ne__(self, other):
        return self._values != self._other(other)

    def __lt__(self, other):
        return self._values < self._other(other)

    def __le__(self, other):
        return self._values <= self._other(other)

    def __gt__(self, other):
        return self._values > self._other(other)

    def __ge__(self, other):
        return self._values >= self._other(other)

    def __repr__(self):
        return ("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)"
                % self._values)


version_info = version_info(3, 11, 7, "final", 0)
