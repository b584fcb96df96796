# Merging dicts: |, |=, {**a, **b} and update().
defaults = {"color": "red", "size": 10, "tags": []}
user = {"size": 12, "name": "box"}

merged = defaults | user
print(merged)
print(user | defaults)
print({**defaults, **user, "extra": True})

# |= updates in place and accepts any iterable of pairs, like update().
settings = dict(defaults)
settings |= user
settings |= [("debug", False)]
print(settings, defaults)

# | needs two dicts
for action in (lambda: defaults | [("a", 1)], lambda: [1] | defaults):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)

def ior_int():
    d = {}
    d |= 5

try:
    ior_int()
except TypeError as e:
    print("TypeError:", e)

# Later keys win, but the first key object and position are kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {1: "a", 1.0: "b"}, {True: "x", 1: "y"})

# ** in calls requires string keys and no duplicates
def show(**kwargs):
    return kwargs

print(show(**{"a": 1}, **{"b": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
