# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("c"), d.pop("z", None), d)
d.update({"x": 1}); d.update([("y", 2)], z=3); d.update(w=4); print(d)
print(d.popitem(), d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(["k"], []), dict(a=1, b=2), dict([(1, 2)], c=3), dict({"q": 1}))
e = d.copy(); e["new"] = 1; print(d == e, len(d), len(e), "new" in d)
e.clear(); print(e, d | {"a": 100}, {1: 2} == {1: 2.0})
for bad in [lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]),
            lambda: {}.update(5), lambda: {}["missing"], lambda: {[]: 1}, lambda: {}.get(), lambda: dict([1]),
            lambda: {}.setdefault([], 1), lambda: dict.fromkeys(5), lambda: {}.update({}, {})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
