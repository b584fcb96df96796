# string.Formatter: the engine behind str.format, which can be customized
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0:>5}|{1:<5}|{2:^7}", "a", "b", "c"))
print(f.format("{name!r} is {age:d}", name="Ann", age=30))
print(f.format("{0[1]} {0[0]}", ["x", "y"]))
print(f.format("{p.real} {p.imag}", p=3 + 4j))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2))
print(f.format("{{literal}} {}", "braces"))

print(list(f.parse("Hi {name}, you are {age:>3}!")))
print(list(f.parse("{0!r:^10}")))

# A Formatter that uses defaults for missing keys
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

print(Defaulting().format("{a} and {b}", a=1))

# Upper-casing conversion
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

print(Upper().format("{0!u} {0!s}", "shout"))

for bad in ["{", "}", "{0!x}", "{} {0}"]:
    try:
        print(f.format(bad, 1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
