# Greedy, lazy and possessive quantifiers, counted repeats
import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html))      # greedy: as much as possible
print(re.findall(r"<.+?>", html))     # lazy: as little as possible
print(re.match(r"a{2,3}", "aaaa"), re.match(r"a{2,3}?", "aaaa"))
print(re.match(r"a{,2}", "aaaa"), re.match(r"a{2,}", "aaaa"))
print(re.match(r"a{3}", "aa"))
print(re.findall(r"\d{2,4}", "1 12 123 12345"))
print(re.match(r"(ab)*", "ababab"), re.match(r"(ab)*", "ababab").group(1))
print(re.match(r"(a|b)*c", "abbac").groups())

# Atomic groups and possessive quantifiers never give back
print(re.match(r"a*+a", "aaa"), re.match(r"a*a", "aaa"))
print(re.match(r"(?>a+)b", "aaab"))

# Literal braces that are not a repeat
print(re.match(r"x{a}", "x{a}"))
