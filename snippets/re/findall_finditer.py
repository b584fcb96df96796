# findall returns strings (or tuples of groups), finditer yields Match objects
import re

text = "Call 555-1234 or 555-9876, not 5551234."
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\d{3})-(\d{4})", text))      # two groups: tuples
print(re.findall(r"(\d{3})-\d{4}", text))         # one group: just that group
print(re.findall(r"x*", "axxb"))                   # empty matches are included

for m in re.finditer(r"\b(\w)(\w*)\b", "hello big world"):
    print(m.span(), m.group(1).upper() + m.group(2))

words = [m.group() for m in re.finditer(r"[A-Z]\w+", "Alice met Bob and Carol")]
print(words)

# Optional groups that did not match are empty strings in findall
print(re.findall(r"(\d+)(px)?", "10px 20 30px"))

# positions: pos and endpos on a compiled pattern
p = re.compile(r"\d")
print(p.findall("1a2b3c4", 2, 5))
print(list(m.group() for m in p.finditer("12345", 1, 3)))
