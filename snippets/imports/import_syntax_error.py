# A syntax error in an imported module is raised at the import.
try:
    import syntax_broken
except SyntaxError as e:
    print(type(e).__name__, e.msg)
    print(e.filename.endswith("syntax_broken.py"), e.lineno, e.offset)

import sys
print("syntax_broken" in sys.modules)

import syntax_broken
