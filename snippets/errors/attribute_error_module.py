import sys
print(sys.argvv)
