# Inheriting from Mapping / MutableMapping: implement the few abstract
# methods, get the rest (get, keys, items, values, __contains__, __eq__,
# pop, setdefault, update, ...) as mixins.
from collections.abc import Mapping, MutableMapping


class Env(Mapping):
    """Read-only view of settings, case-insensitive keys."""

    def __init__(self, **values):
        self._data = {k.lower(): v for k, v in values.items()}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


env = Env(HOME="/root", Shell="sh")
print(env["home"], env.get("SHELL"), env.get("missing", "-"))
print("HOME" in env, "path" in env, len(env))
print(list(env.keys()), list(env.values()), list(env.items()))
print(env == {"home": "/root", "shell": "sh"}, env == {"home": "/"})
try:
    env["path"]
except KeyError as e:
    print(type(e).__name__, e)
# No __setitem__: a Mapping is read-only.
try:
    env["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)


class Registry(MutableMapping):
    """A dict that records every write."""

    def __init__(self):
        self._data = {}
        self.log = []

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self._data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r["a"] = 1
r.update({"b": 2}, c=3)
print(r.setdefault("a", 100), r.setdefault("d", 4))
print(r.pop("b"), r.pop("zz", "default"))
print(r.popitem(), dict(r.items()))
r.clear()
print(len(r), r.log)
try:
    r.pop("nothing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    r.popitem()
except KeyError as e:
    print(type(e).__name__, e)
