# A small tutorial program: working days, week numbers and month ends.
from datetime import date, timedelta


def working_days(start, end):
    day, count = start, 0
    while day <= end:
        if day.weekday() < 5:
            count += 1
        day += timedelta(days=1)
    return count


def month_end(d):
    first_next = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return first_next - timedelta(days=1)


print(working_days(date(2024, 1, 1), date(2024, 1, 31)))
for m in (1, 2, 4, 12):
    end = month_end(date(2024, m, 10))
    print(end, end.strftime("%A"), "week", end.isocalendar().week)

# Next Friday after a date
d = date(2024, 3, 13)
print(d + timedelta(days=(4 - d.weekday()) % 7 or 7))

# Age in days and a countdown
born, today = date(2000, 2, 29), date(2024, 2, 28)
print((today - born).days, "days old")
print(f"{(date(2024, 12, 25) - today).days} days until Christmas")
