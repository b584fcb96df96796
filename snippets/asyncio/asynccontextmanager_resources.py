# contextlib.asynccontextmanager: async resources with setup and cleanup
# written as one async generator.
import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack


@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield f"<conn {name}>"
    except KeyError as e:
        print(f"{name} handled {e!r}")
    finally:
        await asyncio.sleep(0)
        print(f"close {name}")


async def ticks():
    try:
        for i in range(100):
            yield i
    finally:
        print("ticks closed")


async def main():
    async with connection("db") as conn:
        print("using", conn)

    async with connection("cache"):
        raise KeyError("missing")   # handled inside the generator
    print("after cache")

    try:
        async with connection("api"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated:", e)

    async with aclosing(ticks()) as t:
        async for v in t:
            if v == 2:
                break

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "ab"]
        print("both open:", conns)
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")

    @connection("decorated")
    async def job():
        print("job body")

    await job()

    @asynccontextmanager
    async def never_yields():
        if False:
            yield

    try:
        async with never_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
