# The name bound by "except* ... as name" is deleted after the clause,
# and except* works in generators and coroutines.
import asyncio
import sys

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as err:
    print("inside:", repr(err))
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# Nested except* inside a clause; sys.exc_info() follows the innermost match.
try:
    raise ExceptionGroup("outer", [ValueError(1)])
except* ValueError:
    try:
        raise ExceptionGroup("inner", [TypeError(2), ValueError(3)])
    except* TypeError as t:
        print("inner:", repr(sys.exc_info()[1]))
    except* ValueError as v:
        print("inner value:", repr(v))
    print("back in outer:", repr(sys.exc_info()[1]))
print("outside:", sys.exc_info()[1])

def numbers():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(2)])
    except* ValueError as eg:
        yield eg.exceptions[0].args[0]
    yield 3

print(list(numbers()))

async def job():
    try:
        raise ExceptionGroup("async", [OSError("io")])
    except* OSError as eg:
        await asyncio.sleep(0)          # await is fine inside except*
        print("async handled:", repr(eg))
    return "ok"

print(asyncio.run(job()))

# A clause that raises the matched group explicitly adds a new traceback
# entry, so it counts as a new exception next to the rest.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as x:
    print(repr(x))
