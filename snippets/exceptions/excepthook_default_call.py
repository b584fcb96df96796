# Calling the default hook by hand prints a report without stopping.
import sys

try:
    {}["key"]
except KeyError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)

sys.excepthook(ValueError, ValueError("no traceback"), None)
print("still running")
