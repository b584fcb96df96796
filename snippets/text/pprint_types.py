# pprint on tuples, sets, long strings, bytes and recursive structures
import pprint

pprint.pprint(tuple(range(25)))
pprint.pprint((1,))
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset({10, 20}))
pprint.pprint(set(range(30)), width=40)

long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text, width=40)
pprint.pprint({"text": long_text}, width=50)
pprint.pprint(["a" * 30, "b" * 30], width=40)
pprint.pprint(b"bytes " * 12, width=30)
pprint.pprint([(1, 2), (3, 4)] * 6, width=30)

loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id=")[0])   # the id varies from run to run
print(pprint.saferepr(loop).split(" with id=")[0])
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(d), pprint.isreadable(d))
