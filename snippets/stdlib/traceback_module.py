# The traceback module: print_exc / format_exc inside a handler,
# print_exception / format_exception / format_exception_only for a caught
# exception (chains included), and print_exc with no exception.
import traceback
import sys


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "x"])
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("captured", len(text.splitlines()), "lines; last:", text.splitlines()[-1])

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as err:
    parts = traceback.format_exception(err)
    print(len(parts))
    for p in parts:
        print(repr(p))
    print(traceback.format_exception_only(err))
    traceback.print_exception(err, file=sys.stdout)
    traceback.print_exception(type(err), err, err.__traceback__)
traceback.print_exc()
print(repr(traceback.format_exc()))
try:
    1/0
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
