s = "mississippi"
# find returns the lowest index, or -1
print(s.find("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("xyz"))
# rfind searches from the right
print(s.rfind("ss"), s.rfind("i"), s.rfind("i", 0, -1))
# negative and None bounds work like slices
print(s.find("i", -4), s.find("i", None, 2), s.find("p", -100, None))
# the empty string is found at every position up to len(s)
print(s.find(""), s.find("", 11), s.find("", 12), s.rfind(""))

# index is like find but raises ValueError
print(s.index("pp"), s.rindex("s"))
try:
    s.index("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("m", 1)
except ValueError as e:
    print(type(e).__name__, e)

# count counts non-overlapping occurrences
print(s.count("s"), s.count("ss"), s.count("issi"), s.count("i", 5), s.count("i", -3, -1))
print("aaaa".count("aa"), s.count(""), "abc".count("", 1), "abc".count("", 10))

# the `in` operator is the readable way to ask "is it there?"
print("sip" in s, "zip" in s, "" in s)

for call in (lambda: s.find(1), lambda: s.count(None), lambda: s.find("s", "0"),
             lambda: s.find(), lambda: s.count("s", 1, 2, 3), lambda: s.find("s", start=1),
             lambda: 1 in s):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
