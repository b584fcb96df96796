# What a repeated group captures: the text of its last repetition, even
# after the matcher backtracks through repeats, atomic groups and lookarounds
import re

print(re.match(r"(\w)+", "abc").group(1))              # last repetition only
print(re.match(r"(a*){2}a", "aa").groups())             # the second (empty) repetition
print(re.match(r"(\d+,)*(\d+)", "1,22,333").groups())
print(re.search(r"(a)?(?:a)*?(?!b)", "ab").groups())    # (a)? gave its 'a' back
print(re.findall(r"(a|)+(?>a|ab){2}", "aab"))
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a(b)?)+", "aba").groups())
print(re.match(r"(?=(\w+))\w", "word").group(1))
m = re.fullmatch(r"(?P<item>\w+)(?:,(?P<item2>\w+))*", "x,y,z")
print(m.groupdict(), m.lastgroup, m.lastindex)
