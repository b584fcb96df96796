# Exceptions raised inside async comprehensions propagate to the awaiter.
import asyncio


async def flaky(limit):
    for i in range(5):
        if i == limit:
            raise ValueError(f"broke at {i}")
        yield i


async def check(x):
    if x < 0:
        raise ArithmeticError("negative")
    return x


async def main():
    try:
        print([i async for i in flaky(3)])
    except ValueError as e:
        print("caught:", e)
    try:
        print([await check(x) for x in (2, 1, -1)])
    except ArithmeticError as e:
        print("caught:", type(e).__name__, e)
    try:
        [i async for i in [1, 2, 3]]
    except TypeError as e:
        print("caught:", e)
    # The comprehension's variable does not leak.
    [leaked async for leaked in flaky(9)]
    print("leaked" in locals())
    # An uncaught one shows the comprehension's frame in the traceback.
    return {k: await check(k) for k in (0, -5)}


asyncio.run(main())
