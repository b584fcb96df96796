# re.split: by a pattern, with captured separators, and maxsplit
import re

print(re.split(r"\s+", "split   these  words"))
print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r"(,)", "a,b,c"))              # a group keeps the separators
print(re.split(r"(-)|(\+)", "1-2+3"))         # groups that did not match give None
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"x*", "axbc"))                # empty matches split too
print(re.split(r"\d", "no digits here"))
print(re.compile(r"\s*;\s*").split("a ; b;c  ;d"))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
