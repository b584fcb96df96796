# Backreferences \1 match the same text a group matched
import re

print(re.findall(r"(\w)\1", "aabbcdeff"))
print(re.search(r"(\w+) \1", "say hello hello there"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "the the the cat sat sat"))
print(re.fullmatch(r"(['\"]).*\1", "'quoted'"), re.fullmatch(r"(['\"]).*\1", "'mixed\""))

# Case-insensitive backreference
print(re.search(r"(a+)\1", "aAAa", re.I))

# Conditional group: (?(1)yes|no)
angle = re.compile(r"(<)?\w+(?(1)>)")
for s in ["<tag>", "tag", "<tag"]:
    print(s, angle.fullmatch(s))

try:
    re.compile(r"(a)\2")
except re.error as e:
    print(type(e).__name__, e)
