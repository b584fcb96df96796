# re.match anchors at the start, re.search scans, re.fullmatch needs all of it
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))          # no match at the start
print(re.search(r"\d+", "abc123def456"))   # first match anywhere
print(re.fullmatch(r"\d+", "123"))
print(re.fullmatch(r"\d+", "123abc"))
print(re.fullmatch(r"a|ab", "ab"))         # fullmatch backtracks into the second branch

# Leftmost-first alternation: the first branch that works wins, not the longest
print(re.match(r"a|ab", "ab"))
print(re.search(r"cat|category", "category"))

# A match object is truthy, None is falsy
for text in ["2024-01-15", "not a date"]:
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        print(text, "looks like a date")
    else:
        print(text, "is not a date")
