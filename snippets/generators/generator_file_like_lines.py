# A text-processing pipeline over lines, as one would over a file: each
# stage is a generator that pulls from the previous one.

LOG = """\
# server log
2024-01-01 10:00:01 INFO  started
2024-01-01 10:00:05 WARN  disk at 85%

2024-01-01 10:01:00 ERROR request failed: timeout
2024-01-01 10:01:30 INFO  request ok
this line is malformed
2024-01-01 10:02:00 ERROR request failed: refused
""".splitlines(keepends=True)


def strip_lines(lines):
    for line in lines:
        yield line.rstrip("\n")


def skip_blank_and_comments(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line


def parse(lines):
    for number, line in enumerate(lines, 1):
        parts = line.split(maxsplit=3)
        if len(parts) < 4:
            yield ("BAD", number, line)
            continue
        date, time, level, message = parts
        yield (level, f"{date}T{time}", message)


def only(level, records):
    return (r for r in records if r[0] == level)


records = list(parse(skip_blank_and_comments(strip_lines(LOG))))
for record in records:
    print(record)

errors = only("ERROR", parse(skip_blank_and_comments(strip_lines(LOG))))
print([msg for _, _, msg in errors])


# Counting per level with a generator feeding a dict.
counts = {}
for level, *_ in parse(skip_blank_and_comments(strip_lines(LOG))):
    counts[level] = counts.get(level, 0) + 1
print(counts)


# Tracing shows the stages interleave: one line flows through at a time.
def traced(name, lines):
    for line in lines:
        print(f"  {name}: {line[:12]!r}")
        yield line


pipeline = traced("parsed", (l.upper() for l in traced("raw", LOG[:2])))
print(next(pipeline))


# A strict parser raises on the first bad line, with the line number.
def strict(lines):
    for number, line in enumerate(lines, 1):
        if len(line.split()) < 4:
            raise ValueError(f"line {number}: cannot parse {line!r}")
        yield line


for line in strict(skip_blank_and_comments(strip_lines(LOG))):
    print("ok", line[:19])
