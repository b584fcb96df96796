# Named groups: (?P<name>...), groupdict, lastgroup and (?P=name) backreferences
import re

date = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
m = date.search("Released on 2023-10-02.")
print(m.group("year"), m["month"], m.group("day"))
print(m.groupdict())
print(m.start("month"), m.span("day"))
print(date.groupindex)
print(date.groups)
print(m.lastgroup, m.lastindex)

# Optional named group and default values
opt = re.compile(r"(?P<key>\w+)(=(?P<value>\w+))?")
print(opt.match("debug").groupdict())
print(opt.match("debug").groupdict(default=""))
print(opt.match("level=3").groupdict())

# A backreference to a named group
doubled = re.compile(r"\b(?P<word>\w+) (?P=word)\b")
print(doubled.findall("this is is a test test of it"))
print(doubled.sub(r"\g<word>", "this is is a test test"))

try:
    m.group("nope")
except IndexError as e:
    print(type(e).__name__, e)
