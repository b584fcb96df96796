# methods can be taken from the class and called with the string first
print(str.upper("shout"), str.join("+", ["a", "b"]), str.count("banana", "a"))

# handy as keys and with map/filter
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=str.casefold))
print(list(map(str.title, ["ada lovelace", "alan turing"])))
print(list(filter(str.isupper, ["ABC", "Abc", "XYZ"])))
clean = list(map(str.strip, ["  x", "y  ", " z "]))
print(clean)

# a table of operations
ops = [str.lower, str.upper, str.swapcase, str.title]
for op in ops:
    print(op("hello World"))

# the method checks that it is applied to a str
for call in (lambda: str.upper(42), lambda: str.strip(None), lambda: str.lower(),
             lambda: str.startswith(b"abc", "a"), lambda: str.split([1, 2])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# they show as method descriptors; maketrans is a static method of the class
print(str.upper, str.__len__, str.split)
print(str.maketrans("ab", "xy"), "".maketrans("c", "z"))
