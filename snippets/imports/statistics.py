"""A file named like a standard-library module: next to a script, it is
imported instead of the library's (a classic surprise)."""


def mean(values):
    return "this is statistics.py from the snippet's folder, not the library"


if __name__ == "__main__":
    print(mean([1, 2, 3]))
