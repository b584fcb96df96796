# format(), str.format and f-strings all call type(obj).__format__(obj, spec).
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        number_spec = spec[:-1] if spec[-1:] in ("C", "F") else spec
        degrees = self.celsius if unit == "C" else self.celsius * 9 / 5 + 32
        return f"{degrees:{number_spec or '.1f'}}°{unit}"

    def __repr__(self):
        return f"Temperature({self.celsius})"


t = Temperature(21.5)
print(format(t), format(t, "F"), format(t, ".3F"), format(t, "8.0C") + "|")
print("{0} / {0:F} / {0!r}".format(t))
print(f"{t:.2C} {t!r:>20}")


# Without __format__, object.__format__ accepts only an empty spec.
class Plain:
    def __str__(self):
        return "plain"


print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>7}")
try:
    format(Plain(), ">7")
except TypeError as e:
    print("TypeError:", e)


# __format__ must return a str.
class Wrong:
    def __format__(self, spec):
        return 42


try:
    f"{Wrong()}"
except TypeError as e:
    print("TypeError:", e)

# Built-in numbers expose __format__ directly.
print((255).__format__("#010b"), (0.5).__format__(".1%"), format(2**10, "_"))
