# a small report builder that fails on a non-string item
def build_report(items):
    lines = []
    for name, qty in items:
        lines.append(name.ljust(10) + str(qty).rjust(4))
    return "\n".join(lines)

print(build_report([("apples", 3), ("pears", 12)]))

def label(values):
    # join needs str items: the int 7 is the mistake
    return ", ".join(values)

print(label(["red", "green"]))
print(label(["red", 7, "blue"]))
