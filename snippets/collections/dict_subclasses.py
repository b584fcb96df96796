# Counter, defaultdict and OrderedDict are dicts: json, dict(), | and copies.
import copy
import json
from collections import Counter, OrderedDict, defaultdict

c = Counter("mississippi")
print(isinstance(c, dict), json.dumps(c, sort_keys=True), dict(c) == c)
print(Counter(a=1) <= Counter(a=2), Counter({"a": "x", "b": "y"}))
c["z"] += 1
del c["m"]
print(c, "m" in c, c["m"], len(c))
print(copy.deepcopy(c) == c, type(copy.copy(c)).__name__)


class WordCounter(Counter):
    def top(self):
        return self.most_common(1)[0][0]


print(WordCounter("the cat the hat".split()), WordCounter("aab").top())

d = defaultdict(list, {"x": [1]})
d["y"].append(2)
print(d | {"z": 3}, {"w": 0} | d, d.get("q"), "q" in d, json.dumps(d))

o = OrderedDict([("b", 2), ("a", 1)])
p = OrderedDict([("a", 1), ("b", 2)])
print(o == p, dict(o) == dict(p), o == {"a": 1, "b": 2}, list(reversed(o)))
print(isinstance(o, dict), OrderedDict.fromkeys("xy", 0), o | {"d": 4})
try:
    o.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)
