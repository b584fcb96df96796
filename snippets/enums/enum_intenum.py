# IntEnum members compare and compute like their int values.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH, repr(Priority.HIGH), f"{Priority.MEDIUM:03d}")
print(Priority.LOW < Priority.HIGH, Priority.HIGH == 10, Priority.LOW + 1, Priority.HIGH * 2)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), sum(Priority))
print(int(Priority.MEDIUM), ["zero", "one"][Priority.LOW], Priority(5), Priority.HIGH // 3)
print({1: "low"}[Priority.LOW], Priority.HIGH > 7, Priority.MEDIUM.bit_length())
try:
    Priority(2)
except ValueError as e:
    print("ValueError:", e)
