# pprint lays out nested data across lines when it does not fit the width
import pprint

data = {
    "name": "snippy",
    "version": (0, 1, 0),
    "features": ["generators", "coroutines", "closures", "exceptions", "f-strings"],
    "limits": {"recursion": 1000, "ints": "arbitrary", "floats": "IEEE 754"},
    "empty": [],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False)
pprint.pp(data, width=60)                  # pp keeps insertion order by default
print(pprint.pformat(data, width=100))

short = {"b": 1, "a": 2}
pprint.pprint(short)                          # fits: one line, keys sorted
pprint.pprint(list(range(5)))
pprint.pprint("a short string")
pprint.pprint(42)
