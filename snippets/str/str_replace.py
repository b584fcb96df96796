# replace substitutes every occurrence, or the first `count` of them
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))      # negative means all
print(s.replace("whale", "cat"))         # nothing to replace

# replacing the empty string inserts between every character
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
# deleting characters
print("1,234,567".replace(",", ""))
# replacement runs left to right without overlapping
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "a"))
print("héllo wörld".replace("ö", "oe").replace("é", "e"))

# a tiny template engine
template = "Dear {name}, your order #{order} ships {day}."
values = {"name": "Ada", "order": "1042", "day": "Monday"}
out = template
for key, value in values.items():
    out = out.replace("{" + key + "}", value)
print(out)

# errors
for call in (lambda: s.replace("fish"), lambda: s.replace("fish", 1),
             lambda: s.replace(None, "x"), lambda: s.replace("a", "b", "1"),
             lambda: s.replace("a", "b", 1.0)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
