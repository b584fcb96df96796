# An average over an empty list divides by zero; nothing catches it, so
# the program ends with a traceback.
def average(values):
    total = sum(values)
    return total / len(values)


def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.2f}")


report({"even": [2, 4, 6], "odd": [1, 3, 5, 7], "none": []})
