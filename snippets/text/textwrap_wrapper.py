# A TextWrapper object keeps settings for many calls
import textwrap

w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ")
items = [
    "Install the package with pip and check the version.",
    "Read the tutorial before asking questions on the forum.",
]
for item in items:
    print(w.fill(item))

w.width = 15
print(w.wrap("Changing the width changes the wrapping."))

w2 = textwrap.TextWrapper(width=20, expand_tabs=True, tabsize=4, drop_whitespace=False)
print(w2.wrap("a\tb  c   d    e     f"))
w3 = textwrap.TextWrapper(width=30, max_lines=2, placeholder=" [more]")
print(w3.fill("This is a rather long paragraph that will not fit into two lines."))

try:
    textwrap.TextWrapper(width=10, max_lines=1, placeholder="  [too long placeholder]").fill("a b c d e f g h")
except ValueError as e:
    print(type(e).__name__, e)
