# re.error's last traceback line, and an uncaught error for a bad pattern
# (re-raised without the chain, so the traceback shows only this file)
import re
import traceback

try:
    re.compile(r"(?P<name>\w+")
except re.error as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")

def validate(pattern):
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ValueError(f"bad pattern {pattern!r}: {e}") from None

print(validate(r"\d+"))
validate("[unclosed")
