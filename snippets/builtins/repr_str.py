values = [None, True, 7, -2.5, 1e16, "it's", 'say "hi"', [1, "a"], (1,), {"k": [None]}, set(), {1}]
for v in values:
    print(repr(v), "|", str(v))
print(repr(repr("x")), str(str))
