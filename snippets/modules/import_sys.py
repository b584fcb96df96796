import sys
print(type(sys), sys.__name__)
print(sys.argv)
print(sys.argv[0], len(sys.argv))
print(sys.version_info[:2], sys.version_info[0] == 3)
print(type(sys.argv), type(sys.version_info[:2]))
print(sys.stdout is not None, sys.stderr is not None)
