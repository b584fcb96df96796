# int() and float() accept decimal digits of any script (Unicode category
# Nd) and Unicode spaces around the number, as CPython does.
samples = ["٣٤٥", "１２３", "߁߂", " ١٢ ", "\u3000 7 \u2003"]
for s in samples:
    print(repr(s), "->", int(s))
print(int("٣٤", 16), int("١٠١", 2), float("١.٥"), float("-٢e٣"))
print("٣".isdecimal(), "½".isdecimal(), "½".isnumeric())
for bad in ["٣x", "½", "²", "٣ ٤"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("½")
except ValueError as e:
    print("ValueError:", e)
