# gather with return_exceptions, and the first exception propagating.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01)
    return n


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(ok(1), bad("x"), ok(2), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(ok(1), bad("boom"))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.gather(ok(3), bad("uncaught"))


asyncio.run(main())
