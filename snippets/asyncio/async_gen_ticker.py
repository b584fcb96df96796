# An async generator ticker: async for, break, asend/athrow/aclose and finally.
import asyncio


async def ticker(delay, to):
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print("ticker finally (to=%d)" % to)


async def echo():
    received = None
    try:
        while True:
            received = yield f"got {received}"
    except KeyError as e:
        print("echo caught", repr(e))
        yield "after KeyError"
    finally:
        print("echo finally")


async def main():
    async for n in ticker(0.01, 3):
        print("tick", n)

    gen = ticker(0.01, 10)
    async for n in gen:
        if n == 2:
            break
        print("tick", n)
    print("after break, closing explicitly")
    await gen.aclose()

    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.asend(123))
    print(await e.athrow(KeyError("k")))
    try:
        await e.asend("more")
    except StopAsyncIteration:
        print("StopAsyncIteration")
    await e.aclose()

    # Comprehensions work over async generators too.
    print([n async for n in ticker(0.01, 4) if n % 2 == 0])

    t = ticker(0.01, 2)
    print(await t.__anext__(), await anext(t))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0.01, 0), "default"))
    print(type(t).__name__, t.__name__)


asyncio.run(main())
