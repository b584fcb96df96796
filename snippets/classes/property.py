class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees."
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleted")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def create(cls):
        return cls()


t = Temp.create()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit())
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__["unit"], staticmethod))
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
