# Custom awaitables: classes whose __await__ delegates to a future or yields
# bare None to let the loop run; ensure_future/gather wrap them in tasks.
import asyncio

class Wrapper:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        print("awaiting wrapper")
        result = yield from self.fut.__await__()
        return f"wrapped {result}"

class Ticks:
    def __await__(self):
        for i in range(3):
            yield None
        return "ticked"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, 7)
    print(await Wrapper(fut))
    print(await Ticks())
    t = asyncio.ensure_future(Ticks())
    print(type(t).__name__, await t)
    print(await asyncio.gather(Ticks(), Wrapper(asyncio.ensure_future(asyncio.sleep(0.05, "late")))))
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(fut.__iter__ is not None)

asyncio.run(main())
