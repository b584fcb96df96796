class Temp:
    def __init__(self, d):
        self.d = d

    def __str__(self):
        return f"{self.d} degrees"

    def __repr__(self):
        return f"Temp({self.d!r})"

    def __format__(self, spec):
        if spec == "f":
            return f"{self.d * 9 / 5 + 32}F"
        return str(self)


t = Temp(100)
print(t, str(t), repr(t), [t], f"{t}", f"{t!r}", f"{t:f}", format(t, ""))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
