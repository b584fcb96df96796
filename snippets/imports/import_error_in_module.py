# An exception raised inside an imported module's function: the traceback
# shows the frames of both files.
import buggy

print(buggy.average_age(["30", "40"]))
try:
    buggy.average_age(["30", "-1"])
except ValueError as e:
    print("caught:", e)

print(buggy.average_age(["30", "forty"]))
