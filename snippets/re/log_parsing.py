# A tutorial classic: pull fields out of log lines with one verbose pattern
import re

LOG = """\
2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200
garbage line
2024-01-15 10:25:13 WARNING [web] Slow response: 2.5s
"""

line_re = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>[\d:]{8})\s
    (?P<level>[A-Z]+)\s
    \[(?P<component>\w+)\]\s
    (?P<message>.*)$
""", re.VERBOSE | re.MULTILINE)

for m in line_re.finditer(LOG):
    print(f"{m['level']:<8}{m['component']:<5}{m['message']}")

levels = {}
for m in line_re.finditer(LOG):
    levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
print(levels)

first = line_re.search(LOG)
print(first.groupdict())
print(line_re.flags & re.VERBOSE == re.VERBOSE, line_re.groups)

# Numbers with units
print(re.findall(r"(\d+(?:\.\d+)?)\s*(ms|s)\b", "took 2.5s then 300 ms then 12 s"))
# camelCase to snake_case and back
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "parseHttpResponseCode").lower())
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "parse_http_response_code"))
# Sentence split that keeps the punctuation
print(re.split(r"(?<=[.!?])\s+", "Hello there! How are you? Fine."))
