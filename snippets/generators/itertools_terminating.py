# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, starmap, pairwise, zip_longest
import itertools as it


print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()))
print(list(it.chain.from_iterable(["xy", "z"])))
ch = it.chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)))
print(list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.islice(range(10), 1, 8, 3)), list(it.islice([], 3)))
for bad in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        it.islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])), list(it.zip_longest()))

def noisy(n):
    for i in range(n):
        print("  produce", i)
        yield i

print(list(it.takewhile(lambda x: x < 2, noisy(5))))
