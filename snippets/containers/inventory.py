# Tutorial: a warehouse inventory as a dict of lists.
inventory = {
    "fruit": ["apple", "banana"],
    "tools": ["hammer"],
}

def add(category, item):
    inventory.setdefault(category, []).append(item)

def remove(category, item):
    try:
        inventory[category].remove(item)
    except KeyError:
        print(f"no category {category!r}")
        return
    except ValueError as e:
        print(f"cannot remove {item!r}: {e}")
        return
    if not inventory[category]:
        del inventory[category]

add("fruit", "cherry")
add("books", "atlas")
remove("tools", "hammer")
remove("tools", "saw")
remove("fruit", "kiwi")
print(inventory)

for category, items in sorted(inventory.items()):
    print(f"{category}: {', '.join(sorted(items))} ({len(items)})")

everything = [item for items in inventory.values() for item in items]
print("total:", len(everything), "longest:", max(everything, key=len))
print("categories with fruit?", "fruit" in inventory, "tools" in inventory)

# Move an item between categories.
inventory["snacks"] = [inventory["fruit"].pop(0)]
print(inventory)
counts = {k: len(v) for k, v in inventory.items()}
print(counts, sum(counts.values()))
