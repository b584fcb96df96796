import sys

# Converting huge ints to and from decimal text is limited to 4300 digits
# (a guard against quadratic-time conversions).
print(sys.get_int_max_str_digits())
print(len(str(10 ** 4299)))

try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)

try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)

# Power-of-two bases are not limited.
print(len(hex(10 ** 5000)), int("f" * 5000, 16) > 0)

# The limit can be changed (0 means unlimited) ...
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(1000)
try:
    f"{10 ** 2000}"
except ValueError as e:
    print("ValueError:", e)

# ... but not below the threshold.
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
