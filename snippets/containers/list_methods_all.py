# Every list method, including the edge cases of their arguments.
nums = [3, 1, 4]
nums.append(1)
nums.extend((5, 9))
nums.extend(x * 2 for x in range(2))
print("after append/extend:", nums)

# insert clamps out-of-range positions instead of failing
nums.insert(100, "end")
nums.insert(-100, "start")
nums.insert(-1, "before-last")
print("after insert:", nums)

# pop with and without an index
print("pop():", nums.pop(), "pop(0):", nums.pop(0), "pop(-2):", nums.pop(-2))
print("pop(True) is pop(1):", nums.pop(True))
print(nums)

# index with start/stop, count, remove
letters = list("abracadabra")
print("index('a'):", letters.index("a"), "index('a', 1):", letters.index("a", 1))
print("index('a', -4):", letters.index("a", -4), "index('b', 0, 2):", letters.index("b", 0, 2))
print("count('a'):", letters.count("a"), "count('z'):", letters.count("z"))
letters.remove("b")
print("after remove('b'):", "".join(letters))

# reverse, copy, clear
copy = letters.copy()
letters.reverse()
print("reversed:", "".join(letters), "copy untouched:", "".join(copy))
copy.clear()
print("cleared copy:", copy, "copy is a new list:", copy is not letters)

# The errors, with CPython's messages
def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

attempt("pop empty", lambda: [].pop())
attempt("pop far", lambda: [1, 2].pop(5))
attempt("pop str", lambda: [1].pop("0"))
attempt("remove missing", lambda: [1, 2].remove(3))
attempt("index missing", lambda: [1, 2].index(3))
attempt("index window", lambda: [1, 2, 3].index(1, 1))
attempt("append two", lambda: [].append(1, 2))
attempt("count none", lambda: [].count())
attempt("insert one", lambda: [].insert(0))
attempt("extend int", lambda: [].extend(5))
