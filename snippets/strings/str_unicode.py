s = "héllo wörld"
print(s, len(s))
print(s[1], s[-1], s[7])
e = "naïve café ☕ 😀"
print(len(e), e[-1], e[11])
print(ord("é"), ord("😀"), chr(233), chr(9749), chr(128512))
print("日本語"[1], len("日本語"))
print("\u00e9" == "é", "\u03b1")
print(repr("tab\there"), repr("quote's"), repr('dq"'), repr("both'\""))
print(repr("é😀\x00\x7f\n"))
