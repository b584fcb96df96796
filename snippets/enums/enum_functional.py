# The functional API: Enum('Name', members) with a string, a list of names,
# a list of pairs or a dict.
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.CAT.value)
Color = Enum("Color", ["RED", "GREEN"], start=10)
print(list(Color))
Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404)])
print(Http.OK, repr(Http.NOT_FOUND), Http(404).name, Http.OK == 200)
Unit = Enum("Unit", {"METER": "m", "SECOND": "s"})
print(Unit("s"), Unit.METER.value, len(Unit))
Shape = Enum("Shape", "circle, square")
print(Shape.square, Shape["circle"])
