# a str is a sequence of code points
word = "naïve☃𝄞"
print(len(word), list(word))
for i, ch in enumerate(word):
    print(i, ch, ord(ch), hex(ord(ch)), ch.isalpha())

# iterators and reversed
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print("".join(reversed("stressed")), list(reversed("a€c")))

# membership, counting and comprehensions
vowels = "aeiou"
sentence = "programming in python is fun"
print(sum(ch in vowels for ch in sentence), [ch for ch in set("banana")] and sorted(set("banana")))
print({ch: sentence.count(ch) for ch in "aeiou"})

# unpacking and zip
a, b, c = "xyz"
print(a, b, c)
print(list(zip("abc", "123")), dict(zip("abc", range(3))))

# map with unbound str methods
print(list(map(str.upper, ["a", "b"])), list(map(str.strip, [" x ", "y "])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))

# a str is not mutable, build a new one instead
caps = ""
for ch in "hello":
    caps += ch.upper()
print(caps)
try:
    next(iter(""))
except StopIteration:
    print("empty string: StopIteration")
