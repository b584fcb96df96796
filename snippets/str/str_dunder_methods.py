# operators and builtins call special methods; str has them too
s = "hello"
print(s.__len__(), len(s))
print(s.__contains__("ell"), "ell" in s)
print(s.__getitem__(1), s.__getitem__(-1), s[1])
print(s.__add__(" world"), s.__mul__(2), s.__rmul__(3))
print("%s has %d letters".__mod__((s, len(s))))
print(s.__eq__("hello"), s.__ne__("hello"), s.__lt__("help"), s.__ge__("hello"))
print(list(s.__iter__()), s.__str__(), s.__repr__())
print(s.__hash__() == hash(s))

# comparisons with other types answer NotImplemented, so == falls back to identity
print(s.__eq__(5), s.__lt__(5), s == 5)

# called through the class, the first argument must be a str
print(str.__len__("abc"), str.__add__("a", "b"))
for call in (lambda: str.__len__(5), lambda: str.__len__(), lambda: s.__len__(1),
             lambda: s.__add__(1), lambda: s.__mul__("2"), lambda: s.__getitem__("x")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# a function that works with anything that has __len__
def describe(obj):
    return f"{type(obj).__name__} of length {obj.__len__()}"

print(describe("abc"), describe("naïve ☃"), sep=" | ")
