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

# Copying entries between containers reuses their stored hashes too.
class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print(f"hash({self.name})", end=" ")
        return hash(len(self.name))

    def __eq__(self, other):
        print(f"eq({self.name})", end=" ")
        return isinstance(other, Tag) and self.name == other.name

tags = {Tag("a"): 1, Tag("bb"): 2}
print()
for label, action in [("dict()", lambda: dict(tags)), ("update", lambda: {}.update(tags)),
                      ("{**}", lambda: {**tags}), ("fromkeys(set)", lambda: dict.fromkeys(set(tags))),
                      ("fromkeys(list)", lambda: dict.fromkeys(list(tags))), ("==", lambda: tags == dict(tags))]:
    print(label + ":", end=" ")
    action()
    print()
