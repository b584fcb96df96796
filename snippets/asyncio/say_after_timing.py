# Sequential awaits add up; tasks created together run concurrently.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def sequential():
    start = time.perf_counter()
    await say_after(0.2, "hello")
    await say_after(0.4, "world")
    elapsed = time.perf_counter() - start
    # about 0.2 + 0.4 seconds (a margin keeps a busy machine from flaking)
    print("sequential took about 0.6 s:", 0.6 <= elapsed < 0.85)


async def concurrent():
    task1 = asyncio.create_task(say_after(0.2, "hello"))
    task2 = asyncio.create_task(say_after(0.4, "world"))
    start = time.perf_counter()
    r1 = await task1
    r2 = await task2
    elapsed = time.perf_counter() - start
    # about max(0.2, 0.4) seconds
    print("concurrent took about 0.4 s:", 0.4 <= elapsed < 0.55)
    print(r1, r2)


asyncio.run(sequential())
asyncio.run(concurrent())
