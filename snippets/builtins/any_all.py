print(any([]), all([]), any([0, "", None]), any([0, 1]))
print(all([1, "x", [0]]), all([1, 0]), any(x > 2 for x in range(4)))
print(all(c in "0123456789" for c in "123"), any("bad" == w for w in ["ok", "fine"]))
