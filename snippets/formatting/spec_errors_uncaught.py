# A format spec that does not fit the value's type is a ValueError; left
# uncaught, it ends the program with a traceback.
prices = {"tea": 3.5, "cake": 4.25}
for item, price in prices.items():
    print(f"{item:<6}{price:>6.2f}")

count = 3
print(f"{count:>6.2s}")
