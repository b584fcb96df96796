try:
    raise ValueError("first")
finally:
    print("finally still runs")
