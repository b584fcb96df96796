from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

try:
    with tag("err"):
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)
