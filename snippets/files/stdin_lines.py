# Reading standard input (this snippet's input is stdin_lines.stdin).
import sys

# input() reads one line, without its newline.
name = input("Your name? ")
print(f"Hello, {name}!")

# readline() keeps the newline.
line = sys.stdin.readline()
print(repr(line))

# Iterating sys.stdin gives the remaining lines.
total = 0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    total += int(line)
    print("adding", line)
print("total:", total)

# At the end of input, readline() returns '' and input() raises EOFError.
print(repr(sys.stdin.readline()))
try:
    input("more? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
