# An exception from the main coroutine propagates out of asyncio.run with
# only user frames in the traceback.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    return 1 / x


async def main():
    print(await inner(1))
    await inner(0)


asyncio.run(main())
