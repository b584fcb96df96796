from . import base
from .base import PI


class Circle(base.Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(PI * self.r * self.r, 2)
