# re.Scanner (an experimental helper) and Pattern.scanner for lexers
import re

scanner = re.Scanner([
    (r"\d+\.\d*", lambda s, tok: ("FLOAT", float(tok))),
    (r"\d+", lambda s, tok: ("INT", int(tok))),
    (r"[A-Za-z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"[-+*/=]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
tokens, rest = scanner.scan("x = 3.5 * y + 42")
print(tokens)
print(repr(rest))
tokens, rest = scanner.scan("ok 1 ? not scanned")
print(tokens, repr(rest))

# Pattern.scanner: repeated search() calls walk the string
sc = re.compile(r"\d+").scanner("a1 b22 c333")
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match())
