# Sleeps wake in deadline order; the loop really waits.
import asyncio
import time


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)


async def main():
    start = time.monotonic()
    await asyncio.gather(
        sleeper("c", 0.06), sleeper("a", 0.02), sleeper("b", 0.04), sleeper("zero", 0)
    )
    elapsed = time.monotonic() - start
    print(0.05 < elapsed < 0.5)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "later")
    loop.call_soon(print, "soon")
    print(await fut)


asyncio.run(main())
