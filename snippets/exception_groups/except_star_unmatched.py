# Whatever no except* clause matches is re-raised as a group.
def risky():
    raise ExceptionGroup("work failed", [ValueError("v1"), OSError("disk"), ValueError("v2")])

try:
    try:
        risky()
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "ValueErrors")
except ExceptionGroup as rest:
    print("left over:", repr(rest))
    print("str:", rest)

# The rest keeps the nesting of the original group.
try:
    try:
        raise ExceptionGroup("top", [KeyError("a"), ExceptionGroup("sub", [KeyError("b"), IndexError("c")])])
    except* IndexError:
        print("index handled")
except* KeyError as eg:
    print("outer got:", repr(eg))

# An unmatched group propagates to the top and is printed with its tree.
def main():
    try:
        raise ExceptionGroup("final", [ValueError("kept"), TypeError("dropped")])
    except* TypeError:
        print("dropping TypeError")

main()
