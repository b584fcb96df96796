# The __future__ import that will never happen: a SyntaxError.
from __future__ import braces

print("unreachable")
