# Subclassing dict: __missing__, and overriding __setitem__.
class DefaultZero(dict):
    def __missing__(self, key):
        return 0


counts = DefaultZero()
for word in "the cat and the hat and the bat".split():
    counts[word] = counts[word] + 1
print(counts, counts["dog"], "dog" in counts, len(counts))
print(sorted(counts.items()), counts.get("the"), list(counts))


class LoudDict(dict):
    def __setitem__(self, key, value):
        print(f"setting {key!r} = {value!r}")
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        return f"<{value}>"


d = LoudDict(a="x")      # dict.__init__ does not call __setitem__
d["b"] = "y"
print(d, d["a"], d["b"], d.get("b"))
print(isinstance(d, dict), dict(d), d == {"a": "x", "b": "Y"})

try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


config = AttrDict(host="localhost", port=8080)
config.debug = True
print(config.host, config.port, config.debug, config)
try:
    config.missing
except AttributeError as e:
    print("AttributeError:", e)
