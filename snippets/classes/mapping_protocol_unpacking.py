# Any object with keys() and __getitem__ unpacks with ** and converts with dict().
class Settings:
    def __init__(self, **values):
        self._values = values

    def keys(self):
        return sorted(self._values)

    def __getitem__(self, key):
        return self._values[key]


s = Settings(debug=True, level=3)
print({**s}, dict(s), {**s, "level": 4})


def configure(debug=False, level=0):
    return f"debug={debug} level={level}"


print(configure(**s))

# A dict subclass keeps dict's fast copy unless it changes iteration.
class Tracking(dict):
    def keys(self):
        print("keys() called")
        return super().keys()


t = Tracking(a=1)
print({**t}, dict(t), Tracking.fromkeys("ab", 0))

try:
    {**42}
except TypeError as e:
    print("TypeError:", e)
try:
    configure(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
