# Lookahead and lookbehind assertions match without consuming text
import re

print(re.findall(r"\w+(?=!)", "wow! nice. great!"))          # followed by !
print(re.findall(r"\b\w+\b(?!!)", "wow! nice. great!"))      # not followed by !
print(re.findall(r"(?<=\$)\d+", "cost: $30, $45 or 60"))     # preceded by $
print(re.findall(r"(?<!\$)\b\d+", "cost: $30, $45 or 60"))   # not preceded by $

# A password check with several lookaheads
pw = re.compile(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$")
for candidate in ["weakpass", "Str0ngPass", "SHORT1a"]:
    print(candidate, bool(pw.match(candidate)))

# Thousands separators with lookaround
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))

# Lookbehind needs a fixed width
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(type(e).__name__, e)
