# User classes become usable as numbers through __index__, __int__ and
# __float__.
class Seven:
    def __index__(self):
        return 7


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return float(self.degrees)

    def __int__(self):
        return int(self.degrees)


s, c = Seven(), Celsius(21.5)
# __index__ is used wherever an exact integer is required.
print("%d %x %o" % (s, s, s), "%.1f" % s)
print(int(s), float(s), int("101", base=Seven()) if False else int("11", base=s))
print(round(2.5678, s), (42).to_bytes(s, "big"), "abcdefghij"[:3])

# __float__ and __int__ serve float() and int() (and %f, %d).
print(float(c), int(c), "%.2f|%d" % (c, c))


class Broken:
    def __index__(self):
        return "seven"

    def __float__(self):
        return 1


for f in [lambda: int(Broken()), lambda: float(Broken()), lambda: "%x" % Broken(),
          lambda: "%d" % object(), lambda: "%f" % "x", lambda: int(object())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
