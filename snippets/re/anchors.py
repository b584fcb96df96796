# Anchors: ^ $ \A \Z \b \B, and $ before a final newline
import re

print(re.search(r"end$", "the end\n"))       # $ also matches before a trailing newline
print(re.search(r"end\Z", "the end\n"))      # \Z only at the very end
print(re.search(r"\Athe", "the end"), re.search(r"\Aend", "the end"))
print(re.findall(r"^\d", "1a\n2b\n3c", re.M), re.findall(r"\d$", "a1\nb2\nc3", re.M))
print(re.findall(r"\bcat\b", "cat concat cats cat."))
print(re.findall(r"\Bcat\B", "cat concatenate"))
print(re.sub(r"$", "!", "line1\nline2\n"))
print(re.sub(r"(?m)$", "!", "line1\nline2"))
print(re.sub(r"^", "> ", "a\nb", flags=re.M))
print(re.split(r"\b", "hi there"))
