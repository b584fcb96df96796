# Bytes patterns work on bytes, str patterns on str; mixing is an error
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n"
m = re.match(rb"(\w+) (\S+) HTTP/(\d\.\d)", data)
print(m)
print(m.groups())
print(re.findall(rb"(\w+): (\S+)", data))
print(re.sub(rb"\r\n", b"\n", data))
print(re.split(rb"\s+", b"a b  c"))
print(re.compile(rb"[\x00-\x1f]").findall(b"a\x01b\x02"))
print(re.escape(b"1+1=2"))
print(re.search(rb"\w+", "café".encode()))

try:
    re.search(r"\w+", b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.search(rb"\w+", "text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.compile(rb"x", re.UNICODE)
except ValueError as e:
    print(type(e).__name__, e)
