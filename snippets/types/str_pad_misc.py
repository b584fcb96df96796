# center / ljust / rjust / zfill / expandtabs / encode / maketrans / translate
for w in [0, 3, 6, 7, 8]:
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("x\ty\n\tz".expandtabs(tabsize=2)), repr("a\tb".expandtabs(0)))
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é€".encode("ascii", "replace"), "é€x".encode("ascii", "ignore"))
print("é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", errors="xmlcharrefreplace"), "x".encode(encoding="UTF8"))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdd".translate(t), "abc".translate({97: "AA", 98: None}), "abc".translate(str.maketrans({"a": "1", 99: "3"})))
print("hello".maketrans("h", "j"))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".center("5"), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans(1), lambda: "é".encode("ascii"), lambda: "aéé".encode("ascii"), lambda: "a".encode("nope"),
            lambda: "a€".encode("latin-1"), lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
