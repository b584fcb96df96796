from os.path import join, split,
print(join("a", "b"))
