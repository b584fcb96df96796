# Adding and subtracting days, and comparing dates.
from datetime import date, timedelta

start = date(2024, 1, 31)
print(start + timedelta(days=1))
print(start + timedelta(weeks=4))
print(start - timedelta(days=365))

# The difference of two dates is a timedelta
deadline = date(2024, 12, 25)
left = deadline - start
print(left, "|", repr(left))
print(left.days, "days to go")

# Dates compare and sort naturally
dates = [date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]
print(sorted(dates))
print(min(dates), max(dates))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1))

# Dates are hashable: usable as dict keys and in sets
visits = {date(2024, 1, 1): "new year", date(2024, 12, 25): "christmas"}
print(visits[date(2024, 12, 25)])
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))

# Iterating over a range of days
day = date(2024, 2, 27)
while day <= date(2024, 3, 2):
    print(day.strftime("%a %d %b"), end="; ")
    day += timedelta(days=1)
print()

# Overflow past the last date
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print(type(e).__name__, e)
