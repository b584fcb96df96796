# contextlib.ExitStack: a dynamic number of context managers, closed in
# reverse order, with callbacks.
from contextlib import ExitStack, contextmanager, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("html", "body", "p")]
    stack.callback(print, "callback runs first")
    print("inside", names)

# An exception inside: every exit still runs, then it propagates.
try:
    with ExitStack() as stack:
        stack.enter_context(tag("a"))
        stack.enter_context(tag("b"))
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)


# A callback that suppresses the exception.
def swallow(exc_type, exc, tb):
    print("swallowing", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    1 / 0
print("suppressed")

# pop_all transfers the callbacks to a new stack.
with ExitStack() as outer:
    outer.enter_context(tag("kept"))
    later = outer.pop_all()
print("outer closed, kept still open")
later.close()

with nullcontext("value") as v:
    print(v)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
