# A SyntaxError from exec/eval/compile carries where the error is.
sources = ["1 +", "x = (1,", "print('hi'", "  x = 1", "for i in range(3):\nprint(i)", "a b"]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e)
        print("   msg:", e.msg, "| line:", e.lineno, "| offset:", e.offset, "| text:", repr(e.text))

try:
    compile("def f(:\n    pass\n", "shapes.py", "exec")
except SyntaxError as e:
    print(e, e.filename)

# SyntaxError objects made by hand.
e = SyntaxError("hand made")
print(repr(e), str(e), e.msg, e.lineno)
e = SyntaxError("bad thing", ("file.py", 3, 5, "x = 1 +\n", 3, 8))
print(str(e), e.filename, e.lineno, e.offset, repr(e.text))
print(repr(str(SyntaxError())))
