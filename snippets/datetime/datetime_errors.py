# Out-of-range fields raise ValueError with a message naming the field.
from datetime import date, datetime, time

attempts = [
    lambda: date(2024, 13, 1),
    lambda: date(2024, 2, 30),
    lambda: date(0, 1, 1),
    lambda: time(24, 0),
    lambda: time(1, 60),
    lambda: time(1, 1, 60),
    lambda: time(1, 1, 1, 1000000),
    lambda: datetime(2024, 1, 1, fold=2),
    lambda: date("2024", 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date.fromordinal(0),
    lambda: datetime(2024, 1, 1, tzinfo="UTC"),
    lambda: date(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) < 5,
    lambda: datetime(2024, 1, 1) < date(2024, 1, 1),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

# Not caught: the traceback shows the message
print(datetime(2024, 4, 31))
