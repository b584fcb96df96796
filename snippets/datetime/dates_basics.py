# Building dates, reading their parts and asking which weekday they fall on.
from datetime import date

d = date(2024, 3, 15)
print(d)                      # str: ISO format
print(repr(d))                # repr: how to build it again
print(d.year, d.month, d.day)

# Monday is 0 for weekday(), 1 for isoweekday()
print("weekday:", d.weekday(), "isoweekday:", d.isoweekday())

# ISO calendar: (year, week, weekday) with named fields
cal = d.isocalendar()
print(cal)
print(cal.year, cal.week, cal.weekday, isinstance(cal, tuple), cal == (2024, 11, 5))
year, week, day = cal
print(year, week, day)

# Ordinals count days from 0001-01-01
print(d.toordinal())
print(date.fromordinal(d.toordinal() + 100))

# The smallest and largest dates, and the resolution
print(date.min, date.max, date.resolution)

# replace() gives a new date with some fields changed
print(d.replace(day=1))
print(d.replace(year=2023, month=12))

# Leap years
for y in (1900, 2000, 2023, 2024):
    try:
        print(y, date(y, 2, 29))
    except ValueError as e:
        print(y, type(e).__name__, e)
