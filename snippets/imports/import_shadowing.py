# The script's folder comes first on sys.path: a file there named like a
# standard-library module (statistics.py here) hides the library's module.
import statistics

print(statistics.mean([1, 2, 3]))
print(statistics.__file__.endswith("imports/statistics.py"))

# Built-in and frozen modules (sys, os, io, time, ...) cannot be hidden.
import os
import sys
print(os.sep, type(sys.argv).__name__)
