try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as r:
    print(repr(r), repr(r.__context__), r.__cause__)
