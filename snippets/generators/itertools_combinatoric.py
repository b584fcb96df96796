# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc", 2)))
print(list(permutations(range(3))))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(product(range(4), repeat=4))), sum(1 for _ in permutations(range(5))))
for f, args in [(permutations, ("ab", -1)), (combinations, ("ab", -2)), (product, ())]:
    try:
        f(*args, **({} if args else {"repeat": -1}))
    except ValueError as e:
        print("ValueError:", e)
