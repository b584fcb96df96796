# Passing the wrong number or kind of arguments to bytes methods: CPython's
# messages differ depending on how each method parses its arguments.

data = b"a,b,c"
calls = {
    "upper(1)": lambda: data.upper(1),
    "upper(x=1)": lambda: data.upper(x=1),
    "join()": lambda: data.join(),
    "join(a, b)": lambda: data.join([], []),
    "strip(1, 2)": lambda: data.strip(b"a", b"b"),
    "strip(chars=)": lambda: data.strip(chars=b"a"),
    "replace(1)": lambda: data.replace(b"a"),
    "replace(1, 2, 3, 4)": lambda: data.replace(b"a", b"b", 1, 2),
    "find()": lambda: data.find(),
    "find(1, 2, 3, 4)": lambda: data.find(b"a", 0, 1, 2),
    "count(x=1)": lambda: data.count(b"a", x=1),
    "split(1, 2, 3)": lambda: data.split(b",", 1, 2),
    "split(bad=)": lambda: data.split(bad=1),
    "split(sep twice)": lambda: data.split(b",", sep=b","),
    "splitlines(1, 2)": lambda: data.splitlines(True, False),
    "center()": lambda: data.center(),
    "zfill(1, 2)": lambda: data.zfill(1, 2),
    "partition()": lambda: data.partition(),
    "expandtabs(4.0)": lambda: data.expandtabs(4.0),
    "hex(1, 2, 3)": lambda: data.hex(":", 1, 2),
    "hex(sep=1)": lambda: data.hex(sep=1),
    "decode(1, 2, 3)": lambda: data.decode("utf-8", "strict", 3),
    "decode(bad=)": lambda: data.decode(bad=1),
    "translate()": lambda: data.translate(),
    "maketrans(1)": lambda: bytes.maketrans(b"a"),
    "fromhex()": lambda: bytes.fromhex(),
    "removeprefix()": lambda: data.removeprefix(),
    "startswith()": lambda: data.startswith(),
    "startswith(1)": lambda: data.startswith(1),
    "endswith(x, 'a')": lambda: data.endswith(b"c", "a"),
}
for label, call in calls.items():
    try:
        call()
        print(f"{label:20} no error")
    except Exception as e:
        print(f"{label:20} {type(e).__name__}: {e}")
