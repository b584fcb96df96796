# strftime(): format codes, and format()/f-strings which use them.
from datetime import date, datetime, time, timezone, timedelta

dt = datetime(2024, 2, 29, 13, 5, 9, 42)
codes = ["%Y-%m-%d", "%H:%M:%S", "%I:%M %p", "%a %A", "%b %B", "%j", "%U %W",
         "%w %u", "%y", "%f", "%c", "%x", "%X", "%%", "%d/%m/%Y %H.%M",
         "%G-W%V-%u", "%-d %-m", "%e", "%D", "%T", "%R", "%F"]
for code in codes:
    print(f"{code:>16} -> {dt.strftime(code)!r}")

aware = datetime(2024, 2, 29, 13, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime("%H:%M %z %Z"))
print(datetime(2024, 2, 29, tzinfo=timezone.utc).strftime("%z %Z"))
print(repr(dt.strftime("%z|%Z")))

# Dates have zero time fields, times the default date 1900-01-01
print(date(2024, 2, 29).strftime("%Y %H:%M"))
print(time(7, 30).strftime("%H:%M %Y"))

print(format(dt, "%d %B"), f"{dt:%H:%M}", f"{date(2024, 1, 5):%A}")
print(f"{dt}", f"{dt!r}")
try:
    dt.strftime(42)
except TypeError as e:
    print("TypeError:", e)
