# json.dumps on the edges: escapes, float reprs, keys of every allowed type,
# indentation forms, sorting, skipped keys, subclasses, and the errors.
import json
from collections import OrderedDict

print(json.dumps(["\u0000\x1f\x7f", "é😀", '"\\/', "\u2028"]))
print(json.dumps(["é😀\x7f"], ensure_ascii=False))
print(json.dumps([1e16, 1e22, 1e-7, 0.1 + 0.2, -0.0, 2**70, -2**63, float("inf"), float("nan")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", -3: "e", "f": [], "g": {}}))
print(json.dumps({"b": [1, {"d": 2, "c": 3}], "a": ()}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="--"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({(1, 2): "tuple key", "kept": 1}, skipkeys=True))


class Name(str):
    pass


class Count(int):
    pass


print(json.dumps([Name("alice"), Count(3), {Name("k"): Count(4)}]))
print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(OrderedDict(b=1, a=2), sort_keys=True))
print(json.dumps({"when": 1j}, default=lambda o: [o.real, o.imag]))

cycle = []
cycle.append(cycle)
for bad, kwargs in [
    (float("nan"), {"allow_nan": False}),
    ({(1, 2): 3}, {}),
    ({1: "a", "b": 2}, {"sort_keys": True}),
    (cycle, {}),
    ({1j}, {}),
]:
    try:
        json.dumps(bad, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

json.dumps({"payload": b"bytes are not JSON"})
