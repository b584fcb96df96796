# case conversion
s = "hello WORLD, it's a fine day"
print(s.upper())
print(s.lower())
print(s.capitalize())   # first character upper, the rest lower
print(s.title())        # every word capitalised (note: it's -> It'S)
print(s.swapcase())
print(s.casefold())

# the is* case predicates ignore uncased characters
for w in ["hello", "HELLO", "Hello World", "Hello world", "123", "abc123", "ABC 123", ""]:
    print(repr(w), w.islower(), w.isupper(), w.istitle())

# case-insensitive comparison: casefold is stronger than lower
a, b = "STRASSE", "straße"
print(a.lower() == b.lower(), a.casefold() == b.casefold())

# a common idiom: title case that respects apostrophes
def smart_title(text):
    return " ".join(word[:1].upper() + word[1:].lower() for word in text.split())

print(smart_title("they're bill's friends"))

try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
