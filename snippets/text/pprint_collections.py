# pprint knows the collections types
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict([("first", 1), ("second", [1, 2, 3] * 5), ("third", "x" * 20)])
pprint.pprint(od, width=40)
dd = defaultdict(list, {"fruits": ["apple", "banana", "cherry"], "veg": ["kale"] * 8})
pprint.pprint(dd, width=40)
c = Counter("the quick brown fox jumps over the lazy dog")
pprint.pprint(c, width=40)
dq = deque(range(30), maxlen=40)
pprint.pprint(dq, width=40)
pprint.pprint(deque(["a", "b"]))
