# sys.excepthook reports uncaught exceptions; a program may replace it.
import sys

print(sys.excepthook is sys.__excepthook__)


def friendly_hook(exc_type, exc, tb):
    print(f"Oops! {exc_type.__name__}: {exc}")
    print("raised at line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name)


sys.excepthook = friendly_hook
print(sys.excepthook is sys.__excepthook__)


def parse(text):
    return int(text)


parse("forty-two")
