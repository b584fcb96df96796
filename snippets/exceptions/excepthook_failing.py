# When the hook itself fails, CPython reports both errors.
import sys


def broken_hook(exc_type, exc, tb):
    print("hook called for", exc_type.__name__)
    raise RuntimeError("the hook is broken")


sys.excepthook = broken_hook
raise KeyError("missing")
