class LowLevel(Exception):
    pass


class HighLevel(Exception):
    pass


def inner():
    raise LowLevel("disk")


try:
    try:
        inner()
    except LowLevel as e:
        raise HighLevel("save failed") from e
except HighLevel as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        inner()
    except LowLevel:
        raise HighLevel("implicit")
except HighLevel as e:
    print(e.__cause__, repr(e.__context__))
try:
    inner()
except LowLevel as e:
    raise HighLevel("final") from e
