# Bad command lines: argparse prints the usage and an error on stderr, and
# exits with status 2 (SystemExit, which can be caught).
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("count", type=int)
parser.add_argument("--color", choices=["red", "green"])

for argv in [["x"], ["3", "--color", "blue"], ["3", "--size", "9"], ["3", "4"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "-> exit status", e.code)

args, rest = parser.parse_known_args(["5", "--size", "9"])
print(args, rest)

# Uncaught: the program ends with status 2.
parser.parse_args([])
print("not reached")
