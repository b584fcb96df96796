# textwrap.wrap and fill break text into lines of at most `width` characters
import textwrap

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex.")

for line in textwrap.wrap(text, width=30):
    print(repr(line))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", width=20))
print(textwrap.wrap("", width=10))

# Long words are broken unless told not to
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("well-known hyphenated-words here", width=12))
print(textwrap.wrap("well-known hyphenated-words here", width=12, break_on_hyphens=False))

# Whitespace handling
print(textwrap.wrap("tabs\tand\nnewlines  collapse", width=40))
print(textwrap.wrap("one. two. three.", width=40, fix_sentence_endings=True))
print(textwrap.fill("a b c d e f g h i j k l", width=5, max_lines=2, placeholder=" ~"))

try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print(type(e).__name__, e)
