# Bad patterns raise re.error with a message, the position and the pattern
import re

bad = ["(", "a)", "[a-", "*a", "a{2,1}", "(?P<1x>a)", "(?P<n>a)(?P<n>b)",
       r"\k", "a**", "(?<=a|bc)d", "(?Px)", "[z-a]", "(?P=missing)", r"\8",
       "a{", "(?", "(?z)", "x" + ")" * 2]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e)
        print("   msg:", e.msg, "| pos:", e.pos, "| pattern:", repr(e.pattern))

# Line and column for multi-line (verbose) patterns
try:
    re.compile("""(?x)
        (\\d+)   # digits
        (        # unclosed
    """)
except re.error as e:
    print(e)
    print(e.lineno, e.colno)

print(re.error is re.error, issubclass(re.error, Exception))
print(type(re.error("x")).__name__)
