pairs = [
    (ZeroDivisionError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (RecursionError, RuntimeError),
    (ValueError, Exception),
    (StopIteration, Exception),
    (Exception, BaseException),
    (SystemExit, Exception),
    (KeyboardInterrupt, Exception),
    (TypeError, ValueError),
]
for sub, base in pairs:
    print(sub, base, issubclass(sub, base))
print(isinstance(KeyError("k"), LookupError), isinstance(1, Exception))
