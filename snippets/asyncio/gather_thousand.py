# Gathering a thousand tasks that each sleep one second takes about one second.
import asyncio
import time


async def sleeper(i):
    await asyncio.sleep(1)
    return i * 2


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(sleeper(i) for i in range(1000)))
    elapsed = time.perf_counter() - start
    print(len(results), sum(results), results[:5], results[-1])
    print("elapsed >= 1:", elapsed >= 1)
    print("elapsed < 1.5:", elapsed < 1.5)


asyncio.run(main())
