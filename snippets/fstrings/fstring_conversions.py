s = "héllo"
x = [1, "two"]
print(f"{s!r} {s!s} {s!a}")
print(f"{x!r} {x}")
print(f"{3.0!r} {None!r}")
print(f"{s!r:>12}|")
