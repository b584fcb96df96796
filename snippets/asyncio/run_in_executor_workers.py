# loop.run_in_executor: arguments, results, exceptions, nested calls that
# sleep, keyword arguments through to_thread, and a worker still running
# when main() returns (asyncio.run waits for it, as it joins threads).
import asyncio
import time


def slow_square(x, delay):
    time.sleep(delay)
    return x * x


def deep(n):
    if n == 0:
        time.sleep(0.05)
        return "bottom"
    return deep(n - 1) + "!"


def failing():
    time.sleep(0.01)
    raise ValueError("worker failed")


def handles():
    try:
        raise KeyError("inside")
    except KeyError:
        time.sleep(0.02)
        import sys
        return repr(sys.exc_info()[1])


def kw(a, *, b=2):
    time.sleep(0.01)
    return a + b


def late():
    time.sleep(0.2)
    print("late worker done")


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        *(loop.run_in_executor(None, slow_square, i, 0.05 * (3 - i)) for i in range(3))
    )
    print("squares:", results)
    print("deep:", await loop.run_in_executor(None, deep, 5))
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print("caught:", type(e).__name__, e)
    print("handles:", await asyncio.to_thread(handles))
    print("kw:", await asyncio.to_thread(kw, 1, b=10))
    print("builtin:", await asyncio.to_thread(sum, [1, 2, 3]))
    print("sleep itself:", await asyncio.to_thread(time.sleep, 0.01))
    fut = loop.run_in_executor(None, late)
    print("main returns before the late worker")


asyncio.run(main())
print("after asyncio.run")
