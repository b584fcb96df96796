# When do sets and dicts call __hash__ and __eq__? Stored hashes are
# reused between containers; __eq__ runs only when hashes match.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print(f"hash {self.v}", end="; ")
        return hash(self.v)
    def __eq__(self, o):
        print(f"eq {self.v}={o.v}", end="; ")
        return self.v == o.v
    def __repr__(self): return f"H{self.v}"
def run(label, f):
    print(label, end=": ")
    r = f()
    print("->", r)
a = {H(1), H(2)}
print()
b = {H(2), H(3)}
print()
run("a == b", lambda: a == b)
run("a <= b", lambda: a <= b)
run("a | b", lambda: len(a | b))
run("a & b", lambda: len(a & b))
run("a - b", lambda: len(a - b))
run("a ^ b", lambda: len(a ^ b))
run("a.union list", lambda: len(a.union([H(5)])))
run("a.issuperset list", lambda: a.issuperset([H(1)]))
run("a.isdisjoint b", lambda: a.isdisjoint(b))
run("a.issubset list", lambda: a.issubset([H(1), H(2)]))
run("H(1) in a", lambda: H(1) in a)
d1 = {H(1): 1}
print()
d2 = {H(1): 1}
print()
run("d1 == d2", lambda: d1 == d2)
run("d1[H(1)]", lambda: d1[H(1)])
run("copy", lambda: len(a.copy()))
run("set(a)", lambda: len(set(a)))
run("frozenset(a)", lambda: len(frozenset(a)))
run("a.update", lambda: a.update(b))
run("a -= b", lambda: a.difference_update([H(3)]))
