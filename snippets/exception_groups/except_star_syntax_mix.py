# except and except* cannot be mixed on one try statement.
print("never printed: this is a compile-time error")

try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
