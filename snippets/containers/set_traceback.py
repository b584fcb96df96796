# Removing a missing element, uncaught: KeyError with the element's repr.
seen = {1, 2, 3}
seen.remove(2)
print(sorted(seen))
seen.discard(2)
print(sorted(seen))
seen.remove((4, "four"))
