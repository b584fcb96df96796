# Tutorial: printing an aligned price table with format specs.
products = [
    ("Coffee beans", 2, 12.5),
    ("Milk", 6, 0.99),
    ("Sugar (organic)", 1, 3.25),
    ("Espresso machine", 1, 1249.0),
    ("Cups", 12, 1.75),
]

name_width = max(len(name) for name, _, _ in products)
header = f"{'Item':<{name_width}} | {'Qty':>3} | {'Price':>9} | {'Total':>10}"
print(header)
print("-" * len(header))

grand_total = 0.0
for name, qty, price in products:
    total = qty * price
    grand_total += total
    print(f"{name:<{name_width}} | {qty:>3d} | {price:>9,.2f} | {total:>10,.2f}")

print("-" * len(header))
print(f"{'TOTAL':<{name_width}} | {'':>3} | {'':>9} | {grand_total:>10,.2f}")

# The same table with str.format and % formatting, for comparison.
row = "{:<{w}} | {:>3d} | {:>9,.2f}"
print(row.format("Cups", 12, 1.75, w=name_width))
print("%-*s | %3d | %9.2f" % (name_width, "Cups", 12, 1.75))

# A share column with percentages, centred titles and a filled rule.
print(f"{' Shares ':=^40}")
for name, qty, price in products:
    share = qty * price / grand_total
    bar = "#" * round(share * 20)
    print(f"{name[:12]:<12} {share:>7.1%} {bar}")
