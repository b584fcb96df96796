def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 7, 100):
    print(n, classify(n))
if []:
    print("empty list is true")
else:
    print("empty list is false")
x = 5
print("big" if x > 3 else "small")
if x > 1 and x < 10 or x == 100:
    print("in range")
if not x == 4:
    print("not four")
