# What a Match object knows: groups, spans, the string and the pattern
import re

m = re.search(r"(\w+)@(\w+)\.com", "mail joe@example.com today")
print(m)
print(m.group())            # the whole match
print(m.group(1), m.group(2))
print(m.group(1, 2))        # several groups at once give a tuple
print(m.groups())
print(m[0], m[1], m[2])     # indexing works like group()
print(m.start(), m.end(), m.span())
print(m.start(2), m.end(2), m.span(1))
print(m.string)
print(m.re)
print(m.pos, m.endpos)
print(m.lastindex)
print(m.regs)

# An optional group that did not take part
m = re.match(r"(\d+)(\.\d+)?", "42")
print(m.groups(), m.groups("none"), m.span(2), m.group(2))

try:
    m.group(3)
except IndexError as e:
    print(type(e).__name__, e)
