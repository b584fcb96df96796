# A small tokenizer built from named groups joined with |
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/=()]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
master = re.compile("|".join(f"(?P<{name}>{regex})" for name, regex in TOKENS))

def tokenize(code):
    for m in master.finditer(code):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected at {m.start()}")
        yield kind, value

for tok in tokenize("total = price * 1.5 + (tax - 3)"):
    print(tok)

try:
    list(tokenize("a = 1 $ 2"))
except RuntimeError as e:
    print(e)

# Scanner-like loop with match(pos)
word = re.compile(r"\s*(\w+)")
pos, out = 0, []
text = "  alpha beta   gamma"
while (m := word.match(text, pos)):
    out.append(m.group(1))
    pos = m.end()
print(out, pos)
