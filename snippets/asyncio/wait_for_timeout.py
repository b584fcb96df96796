# wait_for: a result in time, a timeout cancelling the inner task.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return "slow"


async def fast():
    await asyncio.sleep(0.01)
    return "fast"


async def main():
    print(await asyncio.wait_for(fast(), 1))
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print("TimeoutError caught", asyncio.TimeoutError is TimeoutError)
    await asyncio.wait_for(slow(), 0.02)


asyncio.run(main())
