# Common mistake: awaiting the same coroutine object twice.
import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    return "data"


async def main():
    coro = fetch()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    # A task (or future) can be awaited any number of times.
    task = asyncio.create_task(fetch())
    print(await task, await task)
    sleeper = asyncio.sleep(0)
    await sleeper
    try:
        await sleeper
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro


asyncio.run(main())
