# compile() turns source into a code object that exec() or eval() runs.
expr = compile("6 * 7", "<calc>", "eval")
print(type(expr).__name__, eval(expr))

prog = compile("for n in range(3):\n    print('line', n)\n", "<prog>", "exec")
exec(prog)

# 'single' mode echoes expression values, as the interactive prompt does.
exec(compile("1 + 1\n", "<single>", "single"))
exec(compile("x = 5; x * 2", "<single>", "single"))
for src in ["1 + 1\n'text'\n", "if True:\n    pass\nz = 3\n"]:
    try:
        compile(src, "<single>", "single")
    except SyntaxError as e:
        print(e.args)

# Errors in the arguments.
for args in [("1", "f", "bogus"), (42, "f", "exec")]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
try:
    eval(3.5)
except TypeError as e:
    print(e)

# An exception raised by compiled code points at its file name.
def run():
    exec(compile("def f():\n    return 1 / 0\n", "<generated>", "exec"), globals())
    return f()
try:
    run()
except ZeroDivisionError as e:
    print("caught:", e)
