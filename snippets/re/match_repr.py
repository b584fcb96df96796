# How Match objects print: the span and the matched text (cut at 50 characters)
import re

print(re.match("abc", "abcdef"))
print(re.search("", "abc"))
print(re.search(r"\s+", "a \t\n b"))
print(re.search("'", "it's"))
print(re.search('"', 'say "hi"'))
print(re.match(r".*", "x" * 80))
print(re.match(r".*", "héllo wörld"))
print(re.match(rb".*", b"bytes\x00\xff"))
print([re.match(r"\w", c) for c in "a!"])
print(repr(re.compile("a" * 300))[:40])
print(re.compile(r"\n"), re.compile("\n"), re.compile("it's"))
