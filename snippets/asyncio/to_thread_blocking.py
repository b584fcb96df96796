# to_thread runs a blocking function without blocking the loop.
import asyncio
import time


def blocking_io(n):
    time.sleep(0.1)
    return f"blocking {n} done"


def fails():
    raise OSError("disk on fire")


async def main():
    start = time.perf_counter()
    print(await asyncio.to_thread(blocking_io, 1))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("OSError:", e)
    elapsed = time.perf_counter() - start
    print("took at least 0.1:", elapsed >= 0.1)


asyncio.run(main())
