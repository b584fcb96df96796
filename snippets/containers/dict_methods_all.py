# Every dict method, with defaults and errors.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", "none"))
print(stock.setdefault("plum", 7), stock.setdefault("apple", 99), stock)
print(stock.setdefault("fig"), stock)
print(stock.pop("fig"), stock.pop("kiwi", "absent"))
try:
    stock.pop("kiwi")
except KeyError as e:
    print("KeyError:", e)

# popitem takes the last inserted pair (LIFO)
print(stock.popitem(), stock)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)

# update from a dict, from pairs, from keywords, or all at once
stock.update({"pear": 5})
stock.update([("kiwi", 2), ["lime", 4]])
stock.update(melon=1)
stock.update((("a", 1),), b=2)
print(stock)

bad_updates = [[(1, 2, 3)], [1], ["abc"], 5, [("ok", 1), "x"]]
for arg in bad_updates:
    try:
        {}.update(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# fromkeys shares one value object between all keys
grid = dict.fromkeys("abc", [])
grid["a"].append(1)
print(grid, dict.fromkeys(range(3)), {}.fromkeys([1, 2], 0))

# copy is shallow, clear empties in place
orig = {"xs": [1, 2]}
dup = orig.copy()
dup["xs"].append(3)
dup["new"] = True
print(orig, dup)
alias = dup
dup.clear()
print(alias, len(alias))

# The constructor takes the same arguments as update.
print(dict(a=1, b=2), dict([(1, "one")], two=2), dict({1: 2}), dict())
for args in ([(1, 2, 3)], 5):
    try:
        dict(args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    stock.get()
except TypeError as e:
    print("TypeError:", e)
