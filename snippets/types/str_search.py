# find / rfind / index / rindex / count / startswith / endswith / replace / strip / join
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.rfind("hello"), s.rfind("o", 0, 5))
print(s.find(""), s.find("", 18), s.find("", 19), s.rfind(""), s.find("x"))
print(s.find("o", -5), s.find("o", -100, -3), s.find("l", None, None))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 5), s.count(""), s.count("", 3, 5), s.count("", 30))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "hel")), s.endswith("llo", 0, 5), s.endswith(("a", "b")))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".startswith("b", -2, -1))
print(repr("  \t hi \n ".strip()), repr("xxhixx".strip("x")), repr("xyhiyx".lstrip("xy")), repr("xyhiyx".rstrip("yx")), repr("ab".strip(None)))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join({"k": 1}))
print("héllo wörld".find("w"), "héllo"[1:].index("l"), "ñandú".rfind("ú"))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
for bad in [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.find(1), lambda: s.startswith(1),
            lambda: s.startswith(("a", 1)), lambda: "-".join([1]), lambda: "-".join(5), lambda: s.count(None),
            lambda: "a".strip(1), lambda: "a".replace(1, "b"), lambda: s.find("a", "b")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
