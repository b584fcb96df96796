# every str method checks its arguments like CPython does
calls = {
    "upper(1)": lambda: "x".upper(1),
    "split(',', 1, 2)": lambda: "x".split(",", 1, 2),
    "split(sep=',', maxsplit='1')": lambda: "x".split(sep=",", maxsplit="1"),
    "split(',', sep=',')": lambda: "x".split(",", sep=","),
    "split(seperator=',')": lambda: "x".split(seperator=","),
    "replace('a')": lambda: "x".replace("a"),
    "replace('a', 'b', count=1)": lambda: "x".replace("a", "b", count=1),
    "replace(1, 'b')": lambda: "x".replace(1, "b"),
    "replace('a', 'b', 2**70)": lambda: "x".replace("a", "b", 2**70),
    "find()": lambda: "x".find(),
    "count('a', 1, 2, 3)": lambda: "x".count("a", 1, 2, 3),
    "index('a', start=0)": lambda: "x".index("a", start=0),
    "center()": lambda: "x".center(),
    "ljust(5, '*', 1)": lambda: "x".ljust(5, "*", 1),
    "ljust(2**70)": lambda: "x".ljust(2**70),
    "zfill(1.5)": lambda: "x".zfill(1.5),
    "join()": lambda: "x".join(),
    "join([], [])": lambda: "x".join([], []),
    "encode('utf-8', 'strict', 1)": lambda: "x".encode("utf-8", "strict", 1),
    "encode(encoding=None)": lambda: "x".encode(encoding=None),
    "encode(enc='utf-8')": lambda: "x".encode(enc="utf-8"),
    "startswith(('a', None))": lambda: "x".startswith(("a", None)),
    "endswith(5)": lambda: "x".endswith(5),
    "strip(5)": lambda: "x".strip(5),
    "rstrip(chars='x')": lambda: "x".rstrip(chars="x"),
    "isdigit(1)": lambda: "x".isdigit(1),
    "title(x=1)": lambda: "x".title(x=1),
    "format_map()": lambda: "x".format_map(),
    "partition()": lambda: "x".partition(),
    "expandtabs(1, 2)": lambda: "x".expandtabs(1, 2),
    "str.upper(5)": lambda: str.upper(5),
    "str.join()": lambda: str.join(),
    "str.split(None)": lambda: str.split(None),
    "str(b'x', 1)": lambda: str(b"x", 1),
    "str(1, 2, 3, 4)": lambda: str(1, 2, 3, 4),
}
for label, call in calls.items():
    try:
        call()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:30} {type(e).__name__}: {e}")
