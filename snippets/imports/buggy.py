"""A sibling module whose function fails: the traceback spans both files."""


def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


def average_age(texts):
    ages = [parse_age(t) for t in texts]
    return sum(ages) / len(ages)
