# Facts about the interpreter in the sys module.
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
print(sys.version_info)
major, minor, *_ = sys.version_info
print(major, minor)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.argv), len(sys.argv), sys.argv[0])
print(type(sys.path), sys.path[0] == __file__.rsplit("/", 1)[0])
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__)
print(sys.getdefaultencoding())
print(sys.stdout, sys.stderr, sys.stdin, sep="\n")

# Writing to the streams directly.
n = sys.stdout.write("no newline added")
print()
print(n)
sys.stdout.write("two\nlines\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")

# Sizes of some objects in bytes.
for obj in [0, 1, 2**40, 10**30, 3.14, "", "abc", "é", "😀", b"", b"abcd", (), (1, 2, 3), None, True]:
    print(repr(obj), sys.getsizeof(obj))
# The streams' attributes, and bytes through stdout's binary layer.
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdin.name, sys.stdout.closed)
sys.stdout.buffer.write(b"bytes: caf\xc3\xa9\n")
print(sys.stdout.buffer, sys.stdout.buffer.name)
sys.exit(3)
