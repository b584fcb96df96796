# strip() with no argument removes whitespace from both ends
raw = " \t  hello world \n"
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))

# with an argument, it removes any of those characters (a set, not a prefix)
print("xxyhelloyxx".strip("xy"))
print("www.example.com".lstrip("w."))
print("3.14000".rstrip("0"))
print("$$$ price $$$".strip("$ "))
print("abc".strip(""))     # empty set: nothing to strip
print("aaa".strip("a"))    # everything stripped

# None means whitespace, like no argument
print(repr("  x  ".strip(None)))

# Unicode whitespace counts too (non-breaking space, ideographic space)
print(repr("\u00a0\u3000word\u2003".strip()))

for bad in (1, ["x"]):
    try:
        "abc".strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".strip("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
