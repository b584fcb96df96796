import sys
# sys.argv[0] is the script as given on the command line.
print("script:", sys.argv[0])
print("extra args:", sys.argv[1:])
name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(f"hello, {name}")
