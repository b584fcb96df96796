# A NamedTuple built with too few arguments: an uncaught TypeError.
from typing import NamedTuple


class Pixel(NamedTuple):
    x: int
    y: int
    color: str = "black"


print(Pixel(1, 2))
print(Pixel(1))
