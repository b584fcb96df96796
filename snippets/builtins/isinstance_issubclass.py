print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance([], list), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)))
print(isinstance(len, type(print)), isinstance(int, type), type(3) is int)
