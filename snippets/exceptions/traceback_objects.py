# Traceback objects: e.__traceback__ and sys.exc_info()[2], walked with
# tb_next from the handler's frame to where the error was raised.
import sys


def inner():
    return 1 / 0


def outer():
    return inner()


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, repr(tb).startswith("<traceback object at"))
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2.tb_lineno, type(tb2.tb_frame).__name__)
