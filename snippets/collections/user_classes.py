# UserDict, UserList and UserString: wrappers made for subclassing, with
# the real container in .data.
from collections import UserDict, UserList, UserString
import collections.abc


class LowerKeys(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerKeys(A=1)      # UserDict.__init__ goes through __setitem__
d["B"] = 2
print(d, d.data, len(d), "a" in d, dict(d), d.get("z", 0))
print(isinstance(d, collections.abc.MutableMapping), d | {"c": 3}, list(d.items()))


class Stack(UserList):
    def push(self, item):
        self.append(item)


s = Stack([1, 2])
s.push(3)
print(s, s[-1], s + [4], len(s), s.pop(), s == [1, 2], type(s[:1]).__name__)


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


u = Shout("hello")
print(u, u.shout(), u + "?", u[1:3], len(u), u.count("l"), "ell" in u, type(u.upper()).__name__)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
