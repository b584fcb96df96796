# f-strings use the same format-spec language, and specs may contain
# nested replacement fields.
value, width, digits = 3.14159265, 12, 3
print(f"[{value:>{width}}]")
print(f"[{value:^{width}.{digits}f}]")
print(f"[{value:{'<' if value > 3 else '>'}{width}.2e}]")

# Conversions come before the spec.
name = "Zoë"
print(f"[{name!r:>10}] [{name!a}] [{name!s:*^9}]")

# The = specifier prints the expression, then its value (repr by default).
total, rate = 1234.5, 0.0725
print(f"{total=}")
print(f"{total = :,.2f}")
print(f"{rate * 100 = :.1f}%")
print(f"{name=!s}", f"{name = }")
print(f"{len(name)=:03d}")

# Any expression works inside the braces.
items = {"apple": 3, "kiwi": 12}
for fruit, count in items.items():
    print(f"{fruit:<8}{count:>4}{'!' * (count > 10)}")
print(f"{sum(items.values()):#x} {max(items, key=len).upper():>8}")
print(f"{2**64:_} {-0.0:z.2f} {1 + 2j:^12} {True:>5} {None!r}")
