# json encodes subclasses of int, float and str by their values.
import json, enum
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self): return "F!"
class S(str):
    def __repr__(self): return "S!"
print(json.dumps({"c": Color.RED, Color.RED: [F(1.5), S("x")], 2: True}))
print(json.dumps([1, 2.5, "x", None]))
