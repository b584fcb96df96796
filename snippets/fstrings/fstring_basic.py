name = "Ada"
n = 3
print(f"hello {name}, you have {n} new messages")
print(f"{n + 1} {n * 2.5} {len(name)} {[n, n]}")
print(F"upper F {name}", rf"raw {name}\n", fr"{n}\t")
print(f"{'single inside double'} {'a' if n > 2 else 'b'}")
print(f"{{literal braces}} {{{n}}}")
print(f"")
print(f"{None} {True} {2 ** 70} {-0.0}")
print(f"multi" f"part {n}" "plain")
