# str.split / rsplit / splitlines / partition
print("  a b\t c\n ".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("  a  b  c  ".split(None, 1))
print("  a  b  c  ".rsplit(None, 1))
print("a--b--c".split("--", maxsplit=1))
print("a--b--c".rsplit(sep="--"))
print("".split(), "".split(","))
print("a\x1cb\x85c\u3000d".split())
print("one\ntwo\r\nthree\rfour\x0bfive\x0csix\u2028seven".splitlines())
print("one\ntwo\r\n\n".splitlines(True))
print("x\r\n".splitlines(keepends=True))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("abc".partition("x"), "abc".rpartition("x"))
print("ab".split("ab"), "abab".split("b", 0))
print("  x y ".split(maxsplit=0), "  x y ".rsplit(maxsplit=0))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".partition(""), lambda: "a".split(x=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
