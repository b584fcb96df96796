# pprint's options: indent, depth, compact, width
import pprint

nested = [1, [2, [3, [4, [5, [6]]]]], {"k": {"k2": {"k3": "deep"}}}]
pprint.pprint(nested, depth=2)
pprint.pprint(nested, depth=3)
pprint.pprint(nested, width=20)
pprint.pprint(nested, indent=4, width=20)

numbers = list(range(40))
pprint.pprint(numbers, width=50)
pprint.pprint(numbers, width=50, compact=True)

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
pprint.pprint(words, width=30, compact=True)
pprint.pprint(words, width=30)

pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"users": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}]})
print(pp.pformat((1, 2)))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1, 2]), pprint.saferepr({"b": 2, "a": 1}))

try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print(type(e).__name__, e)
