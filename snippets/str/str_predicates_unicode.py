# digits, decimals and numerics are three different Unicode properties
chars = ["7", "²", "½", "٣", "Ⅻ", "①", "〇", "百", "𝟘", "a", "³", "৪"]
print("char decimal digit numeric alpha")
for c in chars:
    print(f"{c:4} {c.isdecimal()!s:7} {c.isdigit()!s:5} {c.isnumeric()!s:7} {c.isalpha()}")

# letters from many scripts are alphabetic; combining marks are not
for s in ["Ελληνικά", "русский", "中文", "עברית", "e\u0301", "ǅ"]:
    print(s, s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.istitle())

# Unicode whitespace
spaces = ["\u00a0", "\u2003", "\u3000", "\u2028", "\x1c", "\u200b", "\ufeff"]
print([s.isspace() for s in spaces])

# printable: format and separator characters are not
print([c.isprintable() for c in ["é", "\u00ad", "\u200b", "\u2028", "\u3000", "😀", "\U000e0001"]])

# identifiers may use any letters, but not symbols like ²
for name in ["café", "π", "x²", "℘", "Ω_1", "_٣", "٣_"]:
    print(name, name.isidentifier())
print("héllo".isascii(), "hello".isascii())
