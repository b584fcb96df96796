data = [5, 2, 9, 1]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted(["bb", "a", "ccc"], key=len))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))))
words = ["pear", "Apple", "fig"]
print(sorted(words), sorted(words, key=len))
print(sorted({3: "c", 1: "a"}), sorted(set([3, 1, 2])))
