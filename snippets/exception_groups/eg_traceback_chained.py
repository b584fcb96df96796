# Causes and contexts of sub-exceptions are printed inside their box.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError(f"cannot load {name}") from e

def convert(value):
    try:
        return int(value)
    except ValueError:
        raise TypeError(f"bad value {value!r}")

errors = []
for action in (lambda: load("b"), lambda: convert("z")):
    try:
        action()
    except Exception as e:
        errors.append(e)

try:
    raise RuntimeError("setup failed")
except RuntimeError as setup:
    raise ExceptionGroup("several failures", errors) from setup
