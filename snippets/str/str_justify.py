# a small table with ljust / rjust / center
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 7, 1.75)]
print("Fruit".ljust(10) + "Qty".rjust(5) + "Price".rjust(8))
print("-" * 23)
for name, qty, price in rows:
    print(name.ljust(10, ".") + str(qty).rjust(5) + f"{price:.2f}".rjust(8))
print("=" * 23)
print("TOTAL".center(23, "*"))

# center puts the extra fill on the right for odd margins (CPython rule)
for width in range(3, 9):
    print(repr("ab".center(width, "-")), repr("abc".center(width, "-")))

# a width smaller than the string returns it unchanged
print("python".rjust(2), "python".center(-5))

# zfill pads numbers with zeros, keeping the sign in front
for n in ["42", "-42", "+7", "3.14", "", "-", "abc"]:
    print(repr(n.zfill(6)))

for call in (lambda: "x".center(5, "ab"), lambda: "x".ljust(5, ""), lambda: "x".rjust(5, 7),
             lambda: "x".center("5"), lambda: "x".zfill(), lambda: "x".ljust(),
             lambda: "x".center(5, fillchar="*")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
