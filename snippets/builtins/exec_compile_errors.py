# Errors found while compiling text given to exec/eval: the parser's
# errors quote the line; the compiler's cannot (there is no file to read).
import traceback

for src in ["return 5", "yield 1", "x = 1\nbreak", "def f():\n    nonlocal y", "", "1;2", "lambda: (yield)"]:
    try:
        result = eval(src) if src in ("", "1;2", "lambda: (yield)") else exec(src)
        print(repr(src), "->", type(result).__name__)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "| line", e.lineno, "| text", repr(e.text))
        print("".join(traceback.format_exception_only(e)), end="")
