# Compiled patterns: attributes, repr, and methods with pos/endpos
import re

p = re.compile(r"(?P<word>[a-z]+)(\d*)", re.IGNORECASE)
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r"\d+"))
print(re.compile(b"\\d+"))
print(re.compile("x", re.M | re.S))
print(re.compile("x", re.ASCII))
print(re.compile("(?x) a b"))

text = "abc123 def456"
print(p.match(text))
print(p.match(text, 7))         # start matching at index 7
print(p.search(text, 3))
print(p.search(text, 0, 3))     # endpos limits the end
print(p.fullmatch(text, 7))
print(p.findall(text))

# ^ still means the real start of the string, even with pos
print(re.compile(r"^d").match("abcdef", 3))
print(re.compile(r"d").match("abcdef", 3))

# compile returns the same object for the same pattern, and passes a Pattern through
print(re.compile(p) is p)
print(re.compile(r"\d+") == re.compile(r"\d+"))
print(type(p).__name__, type(p.match("a")).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match("a"), re.Match))
