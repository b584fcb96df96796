# \w, \d, \s and case-insensitive matching are Unicode-aware on str patterns
import re

print(re.findall(r"\w+", "naïve café 東京 ünïcödé"))
print(re.findall(r"\d+", "123 ٤٥٦ ７８"))          # Arabic-Indic and full-width digits
print(re.findall(r"\d+", "123 ٤٥٦ ７８", re.A))
print(re.split(r"\s+", "a\u00a0b\u2003c d"))
print(re.findall(r"(?i)straße", "STRAßE straße"))
print(re.search(r"(?i)σ+", "ΣΣσς"))
print(re.match(r"[а-я]+", "привет мир"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"))
print(re.sub(r"\W+", "-", "Hello, Wörld! Ça va?").strip("-").lower())
print(re.search(r"\bmir\b", "привет mir"), re.search(r"\b", "é").span())
print(len(re.findall(r".", "😀a😀")), re.search(r"a", "😀a😀").span())
