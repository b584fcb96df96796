# json.loads on the edges: duplicate keys keep the last value in the first
# position, ints of any size, floats that overflow, NaN/Infinity, escapes,
# deep nesting, and the errors CPython reports.
import json

print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads("[9223372036854775807, 9223372036854775808, -9223372036854775809]"))
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("[1e400, -1e400, 1e-400, 0.1e1, 1E3, 1e+5, 2.5E-3]"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n\\t\\"\\\\ \\/"'))
print(json.loads('{"": {"": []}, "é": "ü"}'))
print(json.loads("[" * 50 + "]" * 50))
print(json.loads("  \n\t[1, 2]\r\n"), json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[null]")))

for bad in ["", " ", "[", '"abc', '{"a" 1}', "[1,]", '{"a": 1,}', "01", "1.", ".5", "-",
            "[1] x", '"\\x"', '"a\x01b"', "\ufeff[1]", "nul", "tru", '"\\u00zz"', "{1: 2}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, (e.lineno, e.colno, e.pos))

json.loads('{"name": "snippy",\n "version": 1,\n "tags": [1, 2,,]}')
