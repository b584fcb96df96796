# Async iteration protocol (a class with __aiter__/__anext__, misuse errors),
# then Condition.wait_for with notify_all and a Barrier of two parties.
import asyncio

class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.01)
        return self.n

class BadAiter:
    def __aiter__(self): return 42

async def agen():
    yield 1
    yield 2

async def main():
    async for i in Countdown(3):
        print(i)
    try:
        async for i in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        async for i in BadAiter():
            pass
    except TypeError as e:
        print(e)
    try:
        for i in agen():
            pass
    except TypeError as e:
        print(e)
    g = agen()
    print(await g.asend(None))
    try:
        await g.asend(5)
        await g.asend(5)
    except StopAsyncIteration:
        print("stop")
    g2 = agen()
    print(repr(g2).split(" at ")[0], g2.ag_running, g2.__qualname__)
    async def ag_return():
        yield 1
        return
    print([x async for x in ag_return()])
    cond = asyncio.Condition()
    ready = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("consumer", n, "got", ready[0])
    tasks = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0.05)
    async with cond:
        ready.append("item")
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    b = asyncio.Barrier(2)
    async def party(n):
        pos = await b.wait()
        return pos
    print(sorted(await asyncio.gather(party(1), party(2))))
    print(b.n_waiting, b.broken, b.parties)

asyncio.run(main())
