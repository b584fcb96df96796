# Awaiting a task that was cancelled with a message, without catching the
# CancelledError, ends the program with a chained traceback.
import asyncio


async def child():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.05)
    t.cancel("shutting down")
    await t


asyncio.run(main())
