# An uncaught exception group prints as a tree: the group's own traceback,
# then each sub-exception with its traceback in a numbered box.
def parse(text):
    return int(text)

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

def collect():
    errors = []
    for text in ["12", "x", "-3"]:
        try:
            check(parse(text))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("input problems", errors)

print("collecting")
collect()
