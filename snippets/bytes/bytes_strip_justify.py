# Trimming and padding bytes: strip, center, ljust, rjust, zfill, expandtabs,
# removeprefix and removesuffix.

padded = b"\t  payload \n"
print(padded.strip(), padded.lstrip(), padded.rstrip())
print(b"xxhixx".strip(b"x"), b"<<tag>>".strip(b"<>"))
print(b"0012300".lstrip(b"0"), b"0012300".rstrip(b"0"))

# Padding to a width with an optional one-byte fill.
for word in [b"a", b"ab", b"abc", b"abcd"]:
    print(word.center(6, b"*"), word.ljust(6, b"."), word.rjust(6))
print(b"too long".center(3))

# zfill keeps a sign in front.
for num in [b"42", b"-42", b"+7", b"", b"123456"]:
    print(num.zfill(5))

# Tabs expand to the next multiple of tabsize.
table = b"name\tqty\tprice\napple\t3\t0.5"
print(table.expandtabs())
print(table.expandtabs(4))
print(table.expandtabs(tabsize=10).splitlines())

print(b"v1.2.3".removeprefix(b"v"), b"report.txt".removesuffix(b".txt"))
print(b"report.txt".removesuffix(b".csv"))
print(bytearray(b"[data]").removeprefix(b"[").removesuffix(b"]"))

# Wrong fill or argument types.
for call in [
    lambda: b"x".center(5, "*"),
    lambda: b"x".center(5, b"**"),
    lambda: b"x".ljust(5.0),
    lambda: b"x".strip("x"),
    lambda: b"x".zfill("5"),
    lambda: b"x".removeprefix("x"),
    lambda: b"x".rjust(),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
