# sys.stdin.read() takes all of the input at once (input in stdin_read.stdin).
import sys

print(sys.stdin)
first = sys.stdin.read(5)
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
words = (first + rest).split()
print(len(words), "words;", sorted(set(words)))
print(repr(sys.stdin.read()))  # nothing left
