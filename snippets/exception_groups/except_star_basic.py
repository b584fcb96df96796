# except* picks the matching leaves out of an exception group.
def boom():
    raise ExceptionGroup("many", [ValueError("bad value"), TypeError("bad type"), ValueError("again")])

try:
    boom()
except* ValueError as eg:
    # eg is an ExceptionGroup holding only the ValueErrors
    print("ValueErrors:", repr(eg))
    print("message kept:", eg.message)
    print("count:", len(eg.exceptions))
except* TypeError as eg:
    print("TypeErrors:", repr(eg))
print("all handled")

# A clause whose type is not present is skipped.
try:
    raise ExceptionGroup("one", [KeyError("k")])
except* ValueError:
    print("not printed")
except* KeyError as eg:
    print("KeyError group:", eg, eg.exceptions)

# Nested groups keep their shape in the matched part.
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
except* ValueError as eg:
    print("matched:", repr(eg))
except* OSError as eg:
    print("oserrors:", repr(eg))

# else runs when nothing was raised; the handled exception is the match.
import sys
try:
    x = 1
except* ValueError:
    print("no")
else:
    print("else ran, x =", x)

try:
    raise ExceptionGroup("g", [ZeroDivisionError("z")])
except* ArithmeticError as eg:
    print("exc_info is the match:", sys.exc_info()[1] is eg)
print("after:", sys.exc_info())
