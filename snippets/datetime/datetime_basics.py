# datetime: date and time together, combine(), date()/time() and replace().
from datetime import date, datetime, time

dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt)
print(repr(dt))
print(repr(datetime(2024, 1, 2, 3, 4, 5, 123)), datetime(2024, 1, 2, 3, 4, 5, 123))
print(repr(datetime(2024, 1, 2)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)

print(dt.date(), dt.time())
print(repr(dt.date()), repr(dt.time()))
print(datetime.combine(date(2024, 6, 1), time(18, 30)))

t = time(9, 15)
print(t, repr(t), repr(time(9, 15, 30, 250)), time())
print(t.hour, t.minute, t.second)

print(dt.replace(hour=23, minute=59))
print(dt.replace(year=2025).weekday())
print(datetime.min, datetime.max, sep="\n")
print(isinstance(dt, date), isinstance(dt.date(), datetime))
print(dt.ctime())
print(dt.timetuple())
print(datetime(2024, 1, 2, 3, 4, 5, fold=1) == dt)
