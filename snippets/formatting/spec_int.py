# The format-spec mini-language for ints:
# [[fill]align][sign][z][#][0][width][grouping][.precision][type]
n = 42
print(format(n), format(n, "d"), format(n, "5d") + "|", format(n, "<5") + "|", format(n, "^6") + "|")
print(format(n, "*>8"), format(-n, "=8"), format(-n, "08"), format(n, "+"), format(n, " ") + "|")

# Other bases, with # for the prefix.
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"), format(-255, "#x"))
print(format(255, "#010x"), format(255, "0>10x"), format(5, "#06b"))

# c turns a code point into its character; n is d (locale-aware).
print(format(65, "c"), format(0x1F600, "c"), format(10**6, "n"))

# Float presentation types convert the int first.
print(format(42, "e"), format(42, ".2f"), format(42, "%"), format(10**20, "g"))

# Big ints and bools.
print(format(2**70, ","), format(-(2**70), "_x"), format(True, "d"), format(True, ">5") + "|")
