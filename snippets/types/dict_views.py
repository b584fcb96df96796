# keys / values / items views
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print("a" in k, "z" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
d["d"] = 4
print(k, list(v), sorted(k & {"a", "d", "x"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, sorted(i & {("a", 1)}), bool({}.keys()), list(k)[:2])
