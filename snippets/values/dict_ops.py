d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
d["b"] = 20
print(d)
del d["a"]
print(d, d.pop("c"), d)
d.update({"x": 9}, y=10)
print(d)
print(d.setdefault("x", 0), d.setdefault("w", 5), d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])))
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
e = {1: "int", 2.5: "float", (1, 2): "tuple", None: "none"}
print(e, e[1.0])
print({} == dict(), type(d), {"a": 1} == {"a": 1})
