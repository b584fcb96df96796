# Leaving a try/finally or with block by return/break/continue runs the
# cleanup once; an error raised by the cleanup is not caught by the block
# being left.


def save():
    try:
        return "saved"
    finally:
        print("closing file")
        raise OSError("disk full")


try:
    save()
except OSError as e:
    print("caught:", e)


def scan(items):
    for item in items:
        try:
            if item == "stop":
                break
            continue
        finally:
            print("checked", item)
            if item == "bad":
                raise ValueError(item)
    return "done"


print(scan(["a", "stop", "b"]))
try:
    scan(["a", "bad"])
except ValueError as e:
    print("caught:", e)


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, *exc):
        print("release", self.name, exc[0])
        if self.fail:
            raise RuntimeError(f"release of {self.name} failed")


def use(fail):
    with Resource("r1", fail):
        return "result"


print(use(False))
try:
    use(True)
except RuntimeError as e:
    print("caught:", e, "| context:", e.__context__)


def nested():
    try:
        with Resource("inner", fail=True):
            return 1
    except RuntimeError as e:
        return f"handled {e}"


print(nested())
use(True)
