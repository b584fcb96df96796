# A list iterator walks by index, so changes during the loop are visible.
queue = [1, 2, 3]
for item in queue:
    if item < 3:
        queue.append(item * 10)
print("grown while iterating:", queue)

# Removing while iterating skips the next item.
nums = [1, 2, 2, 3, 4]
for n in nums:
    if n == 2:
        nums.remove(n)
print("one 2 survived:", nums)

# An exhausted iterator stays exhausted, even if the list grows later.
data = [1, 2]
it = iter(data)
print(list(it))
data.append(3)
print(list(it), data)

# A paused iterator sees later changes.
data = [1, 2, 3]
it = iter(data)
print(next(it))
data[1] = "changed"
data.insert(0, "front")
print(list(it))

# reversed() of a list shrinking underneath it stops early.
data = [1, 2, 3, 4]
rev = reversed(data)
print(next(rev))
del data[1:]
print(list(rev))

# Safe patterns: iterate over a copy, or build a new list.
nums = [1, 2, 2, 3, 4]
for n in nums[:]:
    if n == 2:
        nums.remove(n)
print(nums, [n for n in [1, 2, 2, 3] if n != 2])
