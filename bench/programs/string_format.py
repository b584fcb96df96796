# String formatting: format specs, str.format, %-formatting and f-strings.
total = 0
for i in range(300_000):
    x = i * 1.25
    a = f"{i:>8d}|{x:10.3f}|{i:,}|{i:#x}"
    b = "{0:<6}{1:^9.2e}{name!r}".format(i % 1000, x, name="n")
    c = "%5d %-8s %.2f %x" % (i, "ab", x, i)
    d = format(x, ".4g") + str(i) + repr(x)
    total += len(a) + len(b) + len(c) + len(d)
print("checksum:", total)
