print("apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc")
for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), sorted("cab"), max("hello"), min("hello"))
print(str(42), str(-1.5), str([1, "a"]), str(None))
