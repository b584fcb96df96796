# the is* predicates are all False on the empty string (except isascii)
print("".isalpha(), "".isdigit(), "".isspace(), "".isascii(), "".isprintable())

samples = ["abc", "abc123", "123", "12.5", "-5", " \t\n", "Hello World", "hello_world", "x y", "ÀÉÎ"]
print(f"{'text':>14} alpha alnum digit space ident ascii")
for s in samples:
    print(f"{s!r:>14} {s.isalpha()!s:5} {s.isalnum()!s:5} {s.isdigit()!s:5} "
          f"{s.isspace()!s:5} {s.isidentifier()!s:5} {s.isascii()!s:5}")

# validating user input
def parse_age(text):
    text = text.strip()
    if not text.isdigit():
        return f"{text!r} is not a whole number"
    return int(text)

for entry in ["42", " 7 ", "-3", "4.5", "forty"]:
    print(parse_age(entry))

# identifiers follow Python's rules; keywords are still identifiers
for name in ["total", "_private", "2fast", "snake_case", "with space", "class", "naïve"]:
    print(name, name.isidentifier())

# printable: escapes like \n and \t are not printable
print("tab\there".isprintable(), "plain text".isprintable(), "bell\a".isprintable())
