# _missing_ handles values that are not found; its result must be a member.
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"), Status("active"))
try:
    Status("deleted")
except ValueError as e:
    print("ValueError:", e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Broken(2)
except TypeError as e:
    print("TypeError:", e)
