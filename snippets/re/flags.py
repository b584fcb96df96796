# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and how they print
import re

print(re.findall(r"python", "Python PYTHON python", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.findall(r"\w+", "café naïve", re.ASCII))
print(re.findall(r"\w+", "café naïve"))

phone = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?   # optional separator
    (\d{4})   # number
""", re.VERBOSE)
print(phone.findall("555-1234 and 555 9876"))

# Inline flags
print(re.findall(r"(?i)hello", "Hello HELLO"))
print(re.findall(r"(?i:a)b", "ab Ab aB"))

# Flags print as re.NAME and combine with |
print(re.I, re.M, re.S, re.X, re.A)
print(re.IGNORECASE | re.MULTILINE)
print(repr(re.I | re.S | re.X))
print(int(re.I | re.M), re.I.value, re.M & re.M)
print(re.NOFLAG, re.I == 2, re.I in (re.I | re.M))
print(re.compile("a", re.I | re.M).flags)
