"""The timeit module for snippy: CPython's Timer loop over a callable
statement. A statement or setup given as a string needs exec, which snippy
lacks: only 'pass' (the default) is accepted as a string."""

import time as _time

default_timer = _time.perf_counter
default_number = 1000000
default_repeat = 5


def _as_callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ("", "pass"):
            return lambda: None
        raise NotImplementedError(f"{what} given as a string needs exec, "
                                  "which snippy does not have; pass a callable")
    raise ValueError(f"{what} is neither a string nor callable")


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        self._stmt = _as_callable(stmt, "stmt")
        self._setup = _as_callable(setup, "setup")

    def timeit(self, number=default_number):
        stmt = self._stmt
        self._setup()
        start = self.timer()
        for _ in range(number):
            stmt()
        return self.timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
