"""A package: this file runs on the first import of `shapes`."""

print("initialising", __name__)

from .square import Square
from .circle import Circle

__all__ = ["Square", "Circle"]
