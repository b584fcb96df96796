# str.format and str.format_map are plain str methods
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{:>8}|{:<8}|{:^8}".format("right", "left", "mid"))
print("{:*^20}".format(" menu "))

# format_map takes the mapping directly (no copy, no **)
class Defaults:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, key):
        return self.known.get(key, "<" + key + ">")

point = {"x": 3, "y": 4}
print("({x}, {y})".format_map(point))
print("{greeting}, {name}!".format_map(Defaults(greeting="Hello")))

# the unbound forms work too
print(str.format("{}-{}", "a", "b"), str.format_map("{k}", {"k": "v"}))

for call in (lambda: "{x}".format_map(), lambda: "{x}".format_map({}, {}),
             lambda: "{x}".format_map(mapping={}), lambda: str.format(5)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
