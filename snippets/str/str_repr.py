# repr picks single quotes unless the text contains only single quotes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", ""]:
    print(repr(s))

# escapes: backslash, newline, tab and non-printable characters
print(repr("a\\b\nc\td\re"))
print(repr("\x00\x07\x1b\x7f"))          # control characters as \xNN
print(repr("\x80\x9f\xa0\xad"))          # C1 controls, NBSP, soft hyphen
print(repr("caf\u00e9 \u20ac \U0001F600"))   # printable non-ASCII stays as is
print(repr("\u200b\u2028\ufeff"))         # zero-width and separators are escaped
print(repr("\U000e0001\U0010ffff\u0378"))  # tags, private use, unassigned
print(repr("\u3000\u2003"))              # non-ASCII spaces are escaped

# ascii() escapes every non-ASCII character
print(ascii("café €5 😀"), ascii("\x85"))

# repr inside containers and f-strings
print(["a'b", 'c"d'], {"key": "line\nbreak"})
name = "Zoë"
print(f"{name!r} {name!a} {name}")
print("%r %a %s" % (name, name, name))

# str() of a str is itself; repr adds quotes and escapes
tricky = "quote' and \"double\" \\ \n \x00 é"
print(repr(tricky), len(tricky), len(repr(tricky)))
print(str("abc") == "abc", len(repr("a\nb")))
