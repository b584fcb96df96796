# split() with no separator splits on runs of whitespace and drops empty parts
line = "  the quick\tbrown \n fox  "
print(line.split())
print(line.split(None, 1))      # maxsplit=1: one cut, the rest stays whole
print(line.rsplit(None, 1))     # rsplit cuts from the right
print("a b c".split(maxsplit=0))

# with an explicit separator, empty fields are kept
csv = "name,,age,city"
print(csv.split(","))
print(csv.split(",", 2))
print(csv.rsplit(",", 2))
print("".split(","), "".split())
print("a--b--c".split("--"))

# join glues strings together with the separator between them
words = ["spam", "eggs", "ham"]
print(", ".join(words))
print("".join(reversed("stressed")))
print("-".join(str(n) for n in range(5)))
print("+".join({"x": 1, "y": 2}))

# join only accepts str items
try:
    " ".join(["a", 1, "c"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a,b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a,b".split(1)
except TypeError as e:
    print(type(e).__name__, e)

# round trip: split and join are inverses for a fixed separator
parts = "2024-01-15".split("-")
print(parts, "/".join(parts))
