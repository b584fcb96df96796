# ISO 8601: isoformat() with sep and timespec, and fromisoformat().
from datetime import date, datetime, time, timezone, timedelta

dt = datetime(2024, 7, 4, 16, 45, 30, 123456)
print(dt.isoformat())
print(dt.isoformat(sep=" "))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, dt.isoformat(timespec=spec))
print(datetime(2024, 7, 4).isoformat())
print(datetime(2024, 7, 4, tzinfo=timezone.utc).isoformat())
print(time(8, 0).isoformat(), time(8, 0, 0, 5).isoformat("milliseconds"))

print(repr(date.fromisoformat("2024-07-04")))
print(repr(datetime.fromisoformat("2024-07-04T16:45:30")))
print(repr(datetime.fromisoformat("2024-07-04 16:45:30.5+02:00")))
print(repr(datetime.fromisoformat("2024-07-04T16:45Z")))
print(repr(time.fromisoformat("16:45:30.25")))
print(repr(date.fromisocalendar(2024, 27, 4)))

# Round trip
s = dt.isoformat()
print(datetime.fromisoformat(s) == dt)

for bad in ("2024-7-4", "04/07/2024", "2024-07-04T25:00", ""):
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    date.fromisoformat(20240704)
except TypeError as e:
    print("TypeError:", e)
