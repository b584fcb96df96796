def load(path):
    return parse(path)

def parse(text):
    return validate(list(text))

def validate(fields):
    if len(fields) < 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")
    return fields

print(load(("a", "b", "c")))
print(load(("a", "b")))
