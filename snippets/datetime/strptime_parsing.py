# strptime(): parsing text into a datetime with a format.
from datetime import datetime

samples = [
    ("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
    ("02/Jan/2024", "%d/%b/%Y"),
    ("Tuesday March 5 2024", "%A %B %d %Y"),
    ("5 PM", "%I %p"),
    ("12:30 am", "%I:%M %p"),
    ("24-12-25", "%y-%m-%d"),
    ("99", "%y"),
    ("2024 100", "%Y %j"),
    ("1.5", "%S.%f"),
    ("2024-01-02T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"),
    ("12:00 -05:30", "%H:%M %z"),
    ("12:00 UTC", "%H:%M %Z"),
    ("Mon, 01 Jan 2024", "%a, %d %b %Y"),
    ("JAN 01 2024", "%b %d %Y"),
    ("Tue Jan  2 03:04:05 2024", "%c"),
    ("01/02/24", "%x"),
    ("2024   01", "%Y %m"),
]
for text, fmt in samples:
    print(f"{text!r:30} {fmt!r:22} -> {datetime.strptime(text, fmt)!r}")

errors = [
    ("2024-01-02", "%Y/%m/%d"),
    ("2024-01-02 extra", "%Y-%m-%d"),
    ("13:70", "%H:%M"),
    ("2023-02-29", "%Y-%m-%d"),
    ("2024", "%Y %Q"),
    ("2024", "%Y%"),
]
for text, fmt in errors:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
