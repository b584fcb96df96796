print("a syntax error anywhere means nothing runs")
print("so this line is never printed")
def broken(:
    pass
