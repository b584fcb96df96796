# round() uses banker's rounding: exact halves go to the even neighbour.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

# With ndigits the result stays a float; 2.675 is really 2.67499999...
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(-1234.5678, -1), round(1e300, -300), round(5.5, None))

# Rounding ints with negative ndigits also rounds half to even.
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1))
print(round(1234, 2), round(10**30 + 5 * 10**10, -11), round(7, -5))

# Infinity and NaN cannot become ints.
for x in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print(round(x, 2))

# ndigits must be an integer.
try:
    round(5.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("5")
except TypeError as e:
    print("TypeError:", e)
