def check(age):
    if age < 0:
        raise ValueError(f"bad age: {age}")
    return age

try:
    check(-1)
except ValueError as err:
    print("caught", err, err.args)
try:
    try:
        raise TypeError("first")
    except TypeError:
        print("handling, then re-raise")
        raise
except TypeError as e:
    print("outer got", e)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), type(e))
e = Exception("a", 2)
print(e, repr(e), e.args, str(Exception()))
print(isinstance(ValueError(), Exception), issubclass(ZeroDivisionError, ArithmeticError))
