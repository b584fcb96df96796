def attempt(x):
    try:
        result = 10 / x
    except ZeroDivisionError as e:
        print("error:", e)
    else:
        print("ok:", result)
    finally:
        print("finally for", x)

attempt(2)
attempt(0)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e), e)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught:", type(e), repr(e))
try:
    int("x")
except Exception as e:
    print(type(e), e)
