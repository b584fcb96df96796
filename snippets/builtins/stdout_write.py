import sys
n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print(n)
sys.stderr.write("stderr write\n")
sys.stdout.write("last line, no newline")
