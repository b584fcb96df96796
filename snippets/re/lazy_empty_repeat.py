# A lazy repeat of a group that can match empty still terminates
# (and finds what CPython finds) when the rest of the pattern fails
import re
print(re.search(r"(a*)+?b", "a"), re.findall(r"(\w*)+?!", "ab cd!"))
