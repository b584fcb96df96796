# timezone: fixed offsets, UTC, astimezone() and aware arithmetic.
from datetime import datetime, timedelta, timezone

utc = timezone.utc
print(repr(utc), str(utc))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(timedelta(hours=-5))
print(repr(ist), str(ist), repr(est), str(est))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0)) == utc)

meeting = datetime(2024, 3, 10, 15, 0, tzinfo=utc)
print(meeting, repr(meeting))
for tz in (ist, est, timezone(timedelta(hours=9))):
    local = meeting.astimezone(tz)
    print(local, local.tzname(), local.utcoffset())

# Same instant, different wall clocks: equal and zero difference
a = meeting.astimezone(ist)
print(a == meeting, a - meeting, a.hour != meeting.hour)
print(meeting.timestamp())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.25, tz=ist))
print(datetime.utcfromtimestamp(86400 * 365))
print(meeting.utctimetuple())

naive = datetime(2024, 3, 10, 15, 0)
print(naive.tzinfo, naive.utcoffset(), naive.replace(tzinfo=utc) == meeting)
for bad in (lambda: naive < meeting, lambda: naive - meeting,
            lambda: timezone(timedelta(hours=24)), lambda: timezone(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
