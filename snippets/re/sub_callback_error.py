# An exception inside a re.sub callback propagates out of sub()
import re

def to_int(m):
    return str(int(m.group()) * 10)

pattern = re.compile(r"\S+")
print(pattern.sub(to_int, "1 2 3"))
print(pattern.sub(to_int, "4 five 6"))
