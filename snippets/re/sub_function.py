# re.sub with a function: it gets each Match and returns the replacement
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"\b\w", lambda m: m.group().upper(), "the quick brown fox"))

prices = {"apple": "1.20", "pear": "0.90"}
print(re.sub(r"\$(\w+)", lambda m: prices.get(m.group(1), "?"), "apple=$apple pear=$pear kiwi=$kiwi"))

# Counting calls: the function runs once per match
calls = []
def record(m):
    calls.append(m.span())
    return "#"
print(re.subn(r"o", record, "foo boo"))
print(calls)

# A function must return a string
try:
    re.sub(r"\d", lambda m: 7, "a1")
except TypeError as e:
    print(type(e).__name__, e)
