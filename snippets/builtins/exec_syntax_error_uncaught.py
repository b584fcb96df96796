# An uncaught SyntaxError from exec() prints the traceback of the call,
# then the bad line with a caret, as for a script's own syntax error.
def load(source):
    namespace = {}
    exec(source, namespace)
    return namespace

print(load("answer = 42")["answer"])
load("def broken(x):\n    return x +\n")
