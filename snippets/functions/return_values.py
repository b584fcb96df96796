def nothing():
    return

def implicit():
    x = 1

def many():
    return 1, "two", [3]

def early(n):
    for i in range(n):
        if i == 2:
            return "early"
    return "late"

print(nothing(), implicit(), many())
a, b, c = many()
print(a, b, c, early(5), early(1))
