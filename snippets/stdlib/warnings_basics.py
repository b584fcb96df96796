# The warnings module: warn(), stacklevel, categories and the default
# "once per location" behaviour.
import warnings


def parse(text):
    warnings.warn("parse() is deprecated; use load()", DeprecationWarning, stacklevel=2)
    return text.split()


def risky(n):
    if n > 2:
        warnings.warn(f"n={n} is large")   # UserWarning by default
    return n


print(parse("a b"))
for n in range(5):
    risky(n)                 # printed once: the default action remembers it
warnings.warn("resource left open", ResourceWarning)   # ignored by default
warnings.warn("pending change", PendingDeprecationWarning)  # ignored too
warnings.warn(RuntimeWarning("a warning instance"))


class ConfigWarning(UserWarning):
    """A custom category."""


warnings.warn("missing key 'port', using 8080", ConfigWarning)


def helper():
    warnings.warn("blame my caller's caller", stacklevel=3)


def api():
    helper()


api()
print(warnings.formatwarning("formatted", UserWarning, "demo.py", 12, "x = 1"))
try:
    warnings.warn("bad category", category=str)
except TypeError as e:
    print("TypeError:", e)
print("done")
