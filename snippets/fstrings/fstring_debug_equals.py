x = 10
name = "snippy"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{x * 2=}")
print(f"{items=} {len(items)=}")
print(f"{x=:>5}|")
print(f"{name=!s}")
