assert True
assert 1 + 1 == 2, "math is broken"
x = [1]
assert x, "x must not be empty"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("caught empty:", repr(e), e.args)
