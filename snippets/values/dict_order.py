d = {}
for word in ["pear", "apple", "fig", "apple", "kiwi", "pear"]:
    d[word] = d.get(word, 0) + 1
print(d)
del d["apple"]
d["apple"] = 9
print(d)
print(list(d), len(d))
