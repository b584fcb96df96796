# An exception in a task that main awaits ends the program with a traceback
# through asyncio.run (CPython's own library frames are left out).
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def worker(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    print(await asyncio.create_task(worker(["1", "2"])))
    task = asyncio.create_task(worker(["3", "four"]))
    print(await task)


asyncio.run(main())
