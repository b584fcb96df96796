# maketrans with two strings maps characters one to one
table = str.maketrans("aeiou", "AEIOU")
print(table)
print("translate me, please".translate(table))

# a third argument lists characters to delete
strip_punct = str.maketrans("", "", ",.!?;:")
print("Hello, world! How are you?".translate(strip_punct))

# a dict may map to longer strings, code points or None (delete)
leet = str.maketrans({"a": "4", "e": 3, "l": "|_", "t": None})
print(leet)
print("elite hacker".translate(leet))

# translate works with any mapping of code points
print("abc".translate({ord("a"): "α", ord("b"): ord("β")}))

# a ROT13 table built from slices of the alphabet

lower = "abcdefghijklmnopqrstuvwxyz"
rot13 = str.maketrans(lower + lower.upper(), lower[13:] + lower[:13] + lower[13:].upper() + lower[:13].upper())
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret, "->", secret.translate(rot13))

# any object with __getitem__ works; LookupError means "leave it alone"
class Shout:
    def __getitem__(self, code):
        if chr(code).islower():
            return chr(code).upper() + "!"
        raise LookupError(code)

print("hi there".translate(Shout()))

# errors
checks = [
    lambda: str.maketrans("abc", "xy"),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans({1.5: "x"}),
    lambda: str.maketrans("abc"),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans(),
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate(),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
