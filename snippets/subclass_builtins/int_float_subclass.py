# Subclassing int and float: the value is set by __new__.
class Money(int):
    def __new__(cls, cents):
        if cents < 0:
            raise ValueError("negative money")
        return super().__new__(cls, cents)

    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"


m = Money(1234)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m > 1000, m == 1234)
print(int(m), float(m), hash(m) == hash(1234), {m: "x"}[1234], f"{m:>8}", f"{m!s:>8}")
try:
    Money(-5)
except ValueError as e:
    print("ValueError:", e)


class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


t = Celsius(36.6)
print(t, repr(t), round(t), round(t, 0), t.to_fahrenheit(), abs(Celsius(-3)), -t)
print(isinstance(t, float), t.is_integer(), Celsius("21.5") + 1, f"{t:.2f}")
print(sorted([Celsius(3), Celsius(1), 2.5]))


class Flags(int):
    pass


f = Flags(6)
print(f & 3, f | 1, f << 1, bin(f), range(f)[-1], [0, 1, 2, 3, 4, 5, 6][f], divmod(f, 4))
print(True + Flags(1), isinstance(Flags(1), int))
