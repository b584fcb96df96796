# async for over an async iterator class and over an async generator.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i


async def main():
    async for i in Countdown(3):
        print("countdown", i)
    async for t in ticks(4):
        if t == 1:
            continue
        if t == 3:
            break
        print("tick", t)
    else:
        print("not reached")
    async for t in ticks(0):
        pass
    else:
        print("else runs")
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    async for x in Countdown(1):
        raise ValueError("inside async for")


asyncio.run(main())
