# Validation in __post_init__ raising, uncaught.
from dataclasses import dataclass


@dataclass
class Temperature:
    celsius: float

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"{self.celsius} is below absolute zero")


print(Temperature(21.5))
print(Temperature(-300))
