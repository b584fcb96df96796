# re.escape makes any text safe to embed in a pattern
import re

for s in ["1+1=2", "a.b", "(x)", "price: $5.00", "tab\there", "~hi~", "a-b", "snake_case"]:
    print(repr(s), "->", re.escape(s))

user_input = "what? (really)"
pattern = re.compile(re.escape(user_input))
print(pattern.search("I said: what? (really) yes"))

# Building an alternation of literal words
words = ["c++", "c#", "f.x"]
alt = "|".join(re.escape(w) for w in words)
print(alt)
print(re.findall(alt, "I like c++ and c# but not f.x or fax"))
