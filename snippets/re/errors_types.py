# Wrong argument types and values raise TypeError / ValueError
import re

cases = [
    lambda: re.search(r"\d", 42),
    lambda: re.compile(42),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.compile("a", re.LOCALE),
    lambda: re.compile("a", re.ASCII | re.UNICODE),
    lambda: re.match("a", None),
    lambda: re.sub("a", "b", 5),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
