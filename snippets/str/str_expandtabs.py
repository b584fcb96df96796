# expandtabs replaces tabs with spaces up to the next tab stop
line = "a\tbb\tccc\tdddd"
print(repr(line.expandtabs()))      # default tab size is 8
print(repr(line.expandtabs(4)))
print(repr(line.expandtabs(tabsize=2)))
print(repr(line.expandtabs(0)))     # tab size 0 removes tabs
print(repr(line.expandtabs(-3)))

# the column restarts after a newline or carriage return
print(repr("ab\tc\nx\ty\r12\t3".expandtabs(4)))

# aligning tab-separated data
table = "name\tqty\nwidget\t4\ngizmo extra\t10"
for row in table.expandtabs(8).splitlines():
    print("|" + row + "|")

for call in (lambda: "a\tb".expandtabs("4"), lambda: "a\tb".expandtabs(4.0),
             lambda: "a\tb".expandtabs(4, 2), lambda: "a\tb".expandtabs(size=4)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a\tb".expandtabs(2**40)
except OverflowError as e:
    print(type(e).__name__, e)
