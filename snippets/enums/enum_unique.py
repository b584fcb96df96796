# @unique refuses aliases; extending an enum that has members is an error.
from enum import Enum, unique


@unique
class Ok(Enum):
    ONE = 1
    TWO = 2


print(list(Ok))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class MoreOk(Ok):
        THREE = 3
except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}"


class Fruit(Base):
    APPLE = 1


print(Fruit.APPLE.describe(), list(Fruit))
