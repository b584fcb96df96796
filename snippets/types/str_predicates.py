# the is* predicates and case mapping
tests = ["", "abc", "ABC", "Abc", "Hello World", "hello world", "123", "١٢٣", "½", "²", "abc123", "  \t\n", "a b", "_id", "1id", "ünï", "Straße", "\x00", "tab\t", "ascii", "ascïi", "Hello_World", "HELLO world"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
for t in ["hello world", "HELLO wORLD", "hello-world it's", "straße", "ñandú ÉTÉ", "3rd place", "a1b2 c3", ""]:
    print(repr(t), t.upper(), t.lower(), t.capitalize(), t.title(), t.swapcase(), t.casefold())
