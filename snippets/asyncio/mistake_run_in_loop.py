# Common mistake: calling asyncio.run from code already running in a loop.
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    # The fix: just await it (or create a task).
    print(await inner())


async def main_uncaught():
    coro = inner()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


asyncio.run(main())
asyncio.run(main_uncaught())
