# bytes methods mirroring str
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.upper(), b.lower())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"  a b ".split(None, 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"abcabc".replace(b"b", b"X"), b"aaa".replace(b"a", b"b", 2))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abc".find(98), b"abc".find(b"z"), b"abcabc".index(b"b", 2), b"abcabc".rindex(b"a"))
print(b"abcabc".count(b"bc"), b"abc".count(97), b"abc".count(b""), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"abc".startswith(b"b", 1))
print(b"abc".decode(), b"h\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))
print(b"\xff\xfe".decode("ascii", "backslashreplace"), b"123".isdigit(), b"abc".isalpha(), b" \t".isspace(), b"".isdigit())
print(bytearray(b"a-b").split(b"-"), bytearray(b"Ab").upper(), bytearray(b" x ").strip())
for bad in [lambda: b"a".find("a"), lambda: b"abc".index(b"z"), lambda: b"a".startswith("a"), lambda: b"a".strip("a"),
            lambda: b"a".join([1]), lambda: b"a".join(["s"]), lambda: b"a".split(b""), lambda: b"a".replace("a", "b"),
            lambda: b"a".decode("nope"), lambda: b"a".decode("utf-8", "nope"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"),
            lambda: b"a".hex("::"), lambda: b"a" + "s", lambda: b"a" + 1, lambda: "s" + b"a", lambda: b"a" * "s", lambda: b"a" < "s",
            lambda: "x" in b"abc", lambda: 300 in b"abc", lambda: b"a"[5], lambda: bytes(-1), lambda: bytes("abc"),
            lambda: bytes(1.5), lambda: bytes([300]), lambda: bytes(["a"]), lambda: bytes(b"a", "utf-8"), lambda: hash(bytearray())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
