# argparse: options and arguments of a command-line script. The argument
# lists are given explicitly here; a real script calls parse_args().
import argparse

parser = argparse.ArgumentParser(description="Greet people.")
parser.add_argument("names", nargs="+", help="who to greet")
parser.add_argument("-g", "--greeting", default="Hello", help="the word to use")
parser.add_argument("-n", "--times", type=int, default=1, help="repeat count (default: %(default)s)")
parser.add_argument("-s", "--shout", action="store_true", help="use capitals")
parser.add_argument("--lang", choices=["en", "fr"], default="en")

args = parser.parse_args(["Ada", "Grace", "-n", "2", "--shout"])
print(args)
for _ in range(args.times):
    for name in args.names:
        text = f"{args.greeting}, {name}!"
        print(text.upper() if args.shout else text)

print(parser.parse_args(["Bob", "--greeting=Hi", "--lang", "fr"]))
print(vars(parser.parse_args(["Eve"])))

# With no list, parse_args reads sys.argv[1:] (empty for this snippet).
simple = argparse.ArgumentParser()
simple.add_argument("--level", type=int, default=3)
simple.add_argument("file", nargs="?", default="input.txt")
print(simple.parse_args())

# Counting flags, appending options, constants.
p = argparse.ArgumentParser()
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-I", dest="include", action="append", default=[])
p.add_argument("--fast", dest="speed", action="store_const", const="fast", default="normal")
print(p.parse_args(["-vvv", "-I", "a", "-I", "b", "--fast"]))

# Sub-commands.
git = argparse.ArgumentParser(prog="git")
commands = git.add_subparsers(dest="command")
commit = commands.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
push = commands.add_parser("push", help="send changes")
push.add_argument("remote", nargs="?", default="origin")
print(git.parse_args(["commit", "-m", "first"]))
print(git.parse_args(["push"]))
