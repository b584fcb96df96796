class CleanupError(Exception):
    pass


try:
    {}["missing"]
except KeyError:
    raise CleanupError("while handling")
