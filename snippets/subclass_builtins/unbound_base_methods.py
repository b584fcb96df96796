# Methods taken from the built-in type apply to instances of subclasses.
class S(str): pass
s = S("Hello")
print(str.upper(s), str.__str__(s), str.__hash__(s) == hash("Hello"), str.split(S("a b")), type(str.__str__(s)).__name__)
print(list(map(str.lower, [S("A"), "B"])), sorted([S("b"), S("A")], key=str.lower))
class L(list): pass
print(list.append(L(), 1), list.__len__(L([1, 2])), dict.get(type("D", (dict,), {})(a=1), "a"))
