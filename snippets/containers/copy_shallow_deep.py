# Shallow and deep copies of nested containers (the copy module).
import copy

config = {"name": "app", "ports": [80, 443], "meta": {"tags": ["web"]}}
alias = config
shallow = copy.copy(config)
deep = copy.deepcopy(config)

config["ports"].append(8080)
config["meta"]["tags"].append("prod")
config["name"] = "renamed"
print(alias is config, alias["name"])
print(shallow)
print(deep)
print(shallow["ports"] is config["ports"], deep["ports"] is config["ports"])

# Other ways to make shallow copies.
nums = [[1, 2], [3]]
for dup in (nums[:], list(nums), nums.copy(), copy.copy(nums)):
    print(dup == nums, dup is nums, dup[0] is nums[0])

# Shared and recursive structure survives a deep copy.
shared = [0]
pair = [shared, shared]
cloned = copy.deepcopy(pair)
print(cloned[0] is cloned[1], cloned[0] is shared)
loop = [1]
loop.append(loop)
twin = copy.deepcopy(loop)
print(twin, twin[1] is twin, twin is not loop)

# Immutable values are returned as they are.
t = (1, "a", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)

# Instances: attributes are copied without calling __init__.
class Point:
    def __init__(self, x, tags):
        print("  __init__ called")
        self.x, self.tags = x, tags

    def __repr__(self):
        return f"Point({self.x}, {self.tags})"

p = Point(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(p, q, r, q.tags is p.tags, r.tags is p.tags)

# Classes can take over with __copy__ and __deepcopy__.
class Counter:
    def __init__(self):
        self.n = 0

    def __copy__(self):
        print("  __copy__")
        fresh = Counter()
        fresh.n = self.n
        return fresh

    def __deepcopy__(self, memo):
        print("  __deepcopy__ with memo", type(memo).__name__)
        return self.__copy__()

c = Counter()
c.n = 5
print(copy.copy(c).n, copy.deepcopy([c])[0].n)
