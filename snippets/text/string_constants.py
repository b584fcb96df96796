# string's constants and capwords
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-6:]))

# Classifying characters with the constants
text = "Hello, World! 123"
print(sum(c in string.ascii_uppercase for c in text), "upper")
print("".join(c for c in text if c not in string.punctuation))
print(text.translate(str.maketrans("", "", string.digits)))

# capwords: split, capitalize each word, join
print(string.capwords("the quick  brown\tfox"))
print(string.capwords("hello-wide-world", "-"))
print(string.capwords("  ALL CAPS words  "))
