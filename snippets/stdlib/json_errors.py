import json

for doc in ['', '   ', '{', '[1, 2', '[1, 2,]', '{"a": 1,}', '{"a" 1}', '{a: 1}', '{"a": 1 "b": 2}', 'nul',
            '[1] x', '"abc', '"a\\qb"', '"\\u12"', '\n\n  {"x": }', "{'a': 1}", '01', '"line\nbreak"', '[1 2]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for obj in [{(1, 2): 3}, object(), {"s": {1, 2}}, float("nan")]:
    try:
        print(json.dumps(obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
