# strings compare by code point, character by character
print("apple" < "banana", "apple" < "Apple", "Z" < "a", "abc" < "abd", "ab" < "abc")
print("é" > "z", "10" < "9", "" < "a", "a" <= "a", "b" >= "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Éclair", "10", "9"]))
# case-insensitive sort with a key (str.lower used unbound)
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), max(["aa", "b"]), min("zebra", "apple"))

# equality never raises, ordering with other types does
print("1" == 1, "a" != None, "abc" == "abc", "a" in ["a", "b"])
for a, b in [("a", 1), ("a", None), (1.5, "x"), ("a", ["a"])]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" >= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["b", 2, "a"])
except TypeError as e:
    print(type(e).__name__, e)

# chained comparisons
c = "m"
print("a" <= c <= "z", "A" <= c <= "Z")
print(ord("a"), ord("€"), ord("𝄞"), chr(97), chr(8364), chr(0x1D11E))
for bad in (lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr(-1),
            lambda: chr(0x110000), lambda: chr(2**40), lambda: chr("a")):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
