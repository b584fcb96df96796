# re.sub replacement templates: \1, \g<name>, \g<0> and escapes
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22c333"))
print(re.sub(r"(\d)", r"\1\1", "a1b2"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))         # \g<1>0 is group 1 then a 0
print(re.sub(r",", r"\n", "a,b,c"))                # escapes in the template
print(re.sub(r"\s+", " ", "too    many   spaces"))
print(re.sub(r"a", "b", "banana", count=2))
print(re.subn(r"a", "o", "banana"))
print(re.sub(r"x*", "-", "abc"))                   # empty matches everywhere

m = re.match(r"(?P<h>\d+):(?P<m>\d+)", "12:30")
print(m.expand(r"\g<m> past \g<h>"))
print(m.expand(r"\2:\1"))

# Errors in the template
for template in [r"\3", r"\g<name>", r"\g<1", r"\q"]:
    try:
        re.sub(r"(a)(b)", template, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
