# dedent removes common leading whitespace; indent adds a prefix
import textwrap

def describe():
    doc = """\
        First line
          indented more
        Last line
    """
    return textwrap.dedent(doc)

print(describe(), end="")
print(repr(textwrap.dedent("  a\n\n  b\n")))
print(repr(textwrap.dedent("\ta\n  b")))          # tabs and spaces do not share
print(repr(textwrap.dedent("    x\n  y\n")))

print(textwrap.indent("one\ntwo\n\nthree\n", "> "), end="")
print(textwrap.indent("one\n\ntwo", "+ ", lambda line: True))
print(textwrap.indent("keep\n  this\nline", "  ", lambda line: line.startswith(" ")))

# shorten collapses whitespace and cuts at a word boundary
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world, this is a long line", width=20))
print(textwrap.shorten("Hello world, this is a long line", width=20, placeholder="..."))
print(textwrap.shorten("Supercalifragilistic", width=10))
