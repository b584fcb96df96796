# A tzinfo subclass of your own, and subclassing date.
from datetime import date, datetime, timedelta, timezone, tzinfo


class FixedZone(tzinfo):
    def __init__(self, hours, name):
        self._offset = timedelta(hours=hours)
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self._name

    def __repr__(self):
        return f"FixedZone({self._name!r})"


cet = FixedZone(1, "CET")
dt = datetime(2024, 1, 1, 12, tzinfo=cet)
print(dt, repr(dt))
print(dt.isoformat(), dt.tzname(), dt.utcoffset(), dt.dst())
print(dt.astimezone(timezone.utc))
print(dt.strftime("%H:%M %Z (%z)"))
print(datetime(2024, 1, 1, 11, tzinfo=timezone.utc) == dt)


class Birthday(date):
    def age_on(self, day):
        years = day.year - self.year
        if (day.month, day.day) < (self.month, self.day):
            years -= 1
        return years


b = Birthday(1990, 6, 15)
print(b, repr(b), b.age_on(date(2024, 6, 14)), b.age_on(date(2024, 6, 15)))
print(repr(b + timedelta(days=1)), isinstance(b, date))
