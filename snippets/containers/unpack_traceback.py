# Unpacking a record with the wrong number of fields, uncaught.
rows = [("ann", 31), ("bob", 25, "extra")]

def describe(row):
    name, age = row
    return f"{name} is {age}"

for row in rows:
    print(describe(row))
