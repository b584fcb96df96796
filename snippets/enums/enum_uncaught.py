# A method of an enum raising, uncaught.
from enum import Enum


class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    DIME = 10

    def worth(self, count):
        if count < 0:
            raise ValueError(f"negative count of {self.name.lower()}s: {count}")
        return self.value * count


print(Coin.DIME.worth(3), Coin.PENNY.worth(0))
print(Coin.NICKEL.worth(-2))
