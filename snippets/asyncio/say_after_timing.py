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
    print("sequential took about", round(elapsed, 1))


async def concurrent():
    task1 = asyncio.create_task(say_after(0.2, "hello"))
    task2 = asyncio.create_task(say_after(0.4, "world"))
    start = time.perf_counter()
    r1 = await task1
    r2 = await task2
    elapsed = time.perf_counter() - start
    print("concurrent took about", round(elapsed, 1))
    print(r1, r2)


asyncio.run(sequential())
asyncio.run(concurrent())
